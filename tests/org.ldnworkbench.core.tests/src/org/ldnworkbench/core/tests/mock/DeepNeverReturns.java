package org.ldnworkbench.core.tests.mock;

/**
 * {@link NeverReturns}, whose output, once t reaches {@code at}, recurses 3,000 calls deep and spins there (deeper
 * than the 1,024 frames an exception's stack trace keeps by default). Released by {@link NeverReturns#release}.
 */
public class DeepNeverReturns extends NeverReturns {
    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        return t >= p[0] ? deep(3000, x[0]) : x[0];
    }

    private static double deep(int depth, double value) {
        if (depth == 0) {
            spinUntilReleased();
            return value;
        }
        return deep(depth - 1, value);
    }
}
