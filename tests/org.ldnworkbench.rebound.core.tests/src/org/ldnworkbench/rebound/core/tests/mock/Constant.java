package org.ldnworkbench.rebound.core.tests.mock;

import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;

/** Each output equals the parameter of the same name. */
public class Constant implements Mechanism {
    private int[] parameterOf;

    @Override
    public void bind(MechanismSpec spec) throws MechanismException {
        parameterOf = new int[spec.outputs().size()];
        for (int o = 0; o < parameterOf.length; o++) {
            parameterOf[o] = spec.requireParameter(spec.outputs().get(o).name());
        }
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        return p[parameterOf[index]];
    }
}
