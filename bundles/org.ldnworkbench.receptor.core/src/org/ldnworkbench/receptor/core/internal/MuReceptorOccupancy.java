package org.ldnworkbench.receptor.core.internal;

import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;

/**
 * Mu-opioid receptor occupancy ({@code org.ldnworkbench.receptor.mu}). Brain (effect-site) concentrations lag
 * plasma with one rate constant; naltrexone and 6-beta-naltrexol then compete for the same receptors:
 *
 * <pre>
 *     d CeNtx/dt   = ke0 * (Cntx - CeNtx)          (ng/mL)
 *     d CeNtxol/dt = ke0 * (Cntxol - CeNtxol)      (ng/mL)
 *     x = CeNtx/EC50ntx + CeNtxol/EC50ntxol
 *     occupancy = x / (1 + x)                      (antagonist-bound fraction)
 * </pre>
 *
 * Initial effect-site concentrations are 0. The occupancy reads only states (no direct feed-through), so it lies in
 * [0, 1] for any dose; effect-site concentrations are read as at least 0, so that integration noise around 0
 * cannot make it negative.
 */
public class MuReceptorOccupancy implements Mechanism {
    private int ke0;
    private int ec50ntx;
    private int ec50ntxol;
    private int ceNtx;
    private int ceNtxol;
    private int cntx;
    private int cntxol;
    private int occupancy;

    /** Public no-argument constructor for the extension registry. */
    public MuReceptorOccupancy() {
        // indices are set by bind
    }

    @Override
    public void bind(MechanismSpec spec) throws MechanismException {
        ke0 = spec.requireParameter("ke0");
        ec50ntx = spec.requireParameter("EC50ntx");
        ec50ntxol = spec.requireParameter("EC50ntxol");
        ceNtx = spec.requireState("CeNtx");
        ceNtxol = spec.requireState("CeNtxol");
        cntx = spec.requireInput("Cntx");
        cntxol = spec.requireInput("Cntxol");
        occupancy = spec.requireOutput("occupancy");
    }

    @Override
    public void initialState(double[] p, double[] x0) {
        x0[ceNtx] = 0;
        x0[ceNtxol] = 0;
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        double k = p[ke0];
        dx[ceNtx] = k * (u[cntx] - x[ceNtx]);
        dx[ceNtxol] = k * (u[cntxol] - x[ceNtxol]);
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        if (index != occupancy) {
            throw new IllegalArgumentException("no continuous output " + index);
        }
        double bound = Math.max(0, x[ceNtx]) / p[ec50ntx] + Math.max(0, x[ceNtxol]) / p[ec50ntxol];
        return bound / (1 + bound);
    }
}
