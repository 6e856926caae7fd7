package org.ldnworkbench.core.tests.mock;

/** x' = -x, y = x, until t reaches {@code at}: from then on its derivative is NaN. */
public class NanAfter extends UnitDecay {
    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        dx[0] = t < p[0] ? -x[0] : Double.NaN;
    }
}
