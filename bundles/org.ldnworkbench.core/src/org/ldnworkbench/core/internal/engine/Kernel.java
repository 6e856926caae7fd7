package org.ldnworkbench.core.internal.engine;

/**
 * The evaluation code of one run: computes outputs into the run's buffers and derivatives into the integrator's
 * vector. Both methods return a sum of {@code value * 0} over every value computed, which is 0 unless one of them is
 * not finite; the caller then locates the culprit.
 */
public interface Kernel {

    /**
     * Computes the outputs some input reads, then every derivative.
     *
     * @param y the state vector
     * @param yDot receives the derivatives
     * @return 0 when every value was finite
     */
    double derivatives(double t, double[] y, double[] yDot);

    /**
     * Computes every continuous output into the signal buffer (and the inputs it feeds).
     *
     * @return 0 when every value was finite
     */
    double outputs(double t, double[] y);
}
