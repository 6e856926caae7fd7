package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;

public class OneCompartmentOral implements Mechanism {
    private int ka;
    private int ke;
    private int v;
    private int f;

    @Override
    public void bind(MechanismSpec spec) throws MechanismException {
        ka = spec.requireParameter("ka");
        ke = spec.requireParameter("ke");
        v = spec.requireParameter("V");
        f = spec.requireParameter("F");
    }

    @Override
    public void initialState(double[] p, double[] x0) {
        x0[0] = 0;
        x0[1] = 0;
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        double absorb = p[ka] * x[0];
        dx[0] = -absorb;
        dx[1] = p[f] * absorb - p[ke] * x[1];
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        return index == 0 ? x[1] / p[v] : x[0];
    }

    @Override
    public void applyEvent(int eventInput, double value, double[] x, double[] p) {
        x[0] += value;
    }
}
