package org.ldnworkbench.tests.support;

import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;

/**
 * A test mechanism whose every output equals the parameter of the same name: declare it in a test fragment with
 * the ports (names, units) the mechanism under test reads, to drive it with fixed inputs.
 */
public class ConstantOutputs implements Mechanism {
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
