package org.ldnworkbench.pk.core.tests.mock;

import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;

/**
 * Accounting of the flows out of the naltrexone PK model, driven by its outputs only (mg, h):
 *
 * <pre>
 *     d elimParent/dt    = CL * Cntx / 1000                       systemic clearance of naltrexone
 *     d peripheral/dt    = Q * Cntx / 1000 - (Q/Vp) * peripheral   shadow of the peripheral compartment
 *     d elimNaltrexol/dt = CLm * Cntxol / 1000                    clearance of 6-beta-naltrexol
 * </pre>
 *
 * The peripheral compartment is driven by the central one only, so the shadow equals the model's hidden state when
 * Q and Vp are equal.
 */
public class MassBalance implements Mechanism {
    private int cl;
    private int q;
    private int vp;
    private int clm;
    private int elimParent;
    private int peripheral;
    private int elimNaltrexol;
    private int cntx;
    private int cntxol;

    @Override
    public void bind(MechanismSpec spec) throws MechanismException {
        cl = spec.requireParameter("CL");
        q = spec.requireParameter("Q");
        vp = spec.requireParameter("Vp");
        clm = spec.requireParameter("CLm");
        elimParent = spec.requireState("elimParent");
        peripheral = spec.requireState("peripheral");
        elimNaltrexol = spec.requireState("elimNaltrexol");
        cntx = spec.requireInput("Cntx");
        cntxol = spec.requireInput("Cntxol");
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        dx[elimParent] = p[cl] * u[cntx] / 1000;
        dx[peripheral] = p[q] * u[cntx] / 1000 - p[q] / p[vp] * x[peripheral];
        dx[elimNaltrexol] = p[clm] * u[cntxol] / 1000;
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        return x[index]; // outputs are declared in the order of the states
    }
}
