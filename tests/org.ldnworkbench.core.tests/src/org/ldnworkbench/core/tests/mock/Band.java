package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.InvalidSettingsException;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;

/**
 * x' = high - x, x(0) = low: rises from the band's lower edge towards its upper one, so x(t) = high + (low - high)
 * e^-t. A band whose lower edge lies above its upper one is refused before any run ({@link #validate}).
 */
public class Band implements Mechanism {
    private static final int LOW = 0;
    private static final int HIGH = 1;

    @Override
    public void bind(MechanismSpec spec) throws MechanismException {
        spec.requireParameters("low", "high"); // LOW, HIGH
    }

    @Override
    public void validate(double[] p, double[][][] tables) throws InvalidSettingsException {
        if (p[LOW] > p[HIGH]) {
            throw new InvalidSettingsException("the lower edge must not lie above the upper one", "low", "high");
        }
    }

    @Override
    public void initialState(double[] p, double[] x0) {
        x0[0] = p[LOW];
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        dx[0] = p[HIGH] - x[0];
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        return x[0];
    }
}
