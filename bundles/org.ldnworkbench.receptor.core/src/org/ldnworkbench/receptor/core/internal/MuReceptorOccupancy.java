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
    /* Indices as declared in plugin.xml, checked in bind. */
    private static final int KE0 = 0; // parameter ke0
    private static final int EC50NTX = 1; // parameter EC50ntx
    private static final int EC50NTXOL = 2; // parameter EC50ntxol
    private static final int CE_NTX = 0; // state CeNtx
    private static final int CE_NTXOL = 1; // state CeNtxol
    private static final int CNTX = 0; // input Cntx
    private static final int CNTXOL = 1; // input Cntxol
    private static final int OCCUPANCY = 0; // output occupancy

    /** Public no-argument constructor for the extension registry. */
    public MuReceptorOccupancy() {
        // indices are constants, checked against the declaration by bind
    }

    @Override
    public void bind(MechanismSpec spec) throws MechanismException {
        spec.requireParameters("ke0", "EC50ntx", "EC50ntxol");
        spec.requireStates("CeNtx", "CeNtxol");
        spec.requireInputs("Cntx", "Cntxol");
        spec.requireOutputs("occupancy");
    }

    @Override
    public void initialState(double[] p, double[] x0) {
        x0[CE_NTX] = 0;
        x0[CE_NTXOL] = 0;
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        double k = p[KE0];
        dx[CE_NTX] = k * (u[CNTX] - x[CE_NTX]);
        dx[CE_NTXOL] = k * (u[CNTXOL] - x[CE_NTXOL]);
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        if (index != OCCUPANCY) {
            throw new IllegalArgumentException("no continuous output " + index);
        }
        double bound = Math.max(0, x[CE_NTX]) / p[EC50NTX] + Math.max(0, x[CE_NTXOL]) / p[EC50NTXOL];
        return bound / (1 + bound);
    }
}
