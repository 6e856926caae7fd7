package org.ldnworkbench.core.internal.engine;

import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.nonstiff.ClassicalRungeKuttaIntegrator;
import org.apache.commons.math3.ode.nonstiff.DormandPrince54Integrator;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.math3.ode.sampling.AbstractStepInterpolator;

/**
 * The integrators of a run, each handing the state at the end of every accepted step to {@link RunChecks#states}.
 * The hook is the integrator's own {@code acceptStep}, which holds that state already: reading it through the step
 * interpolator instead would make Dormand-Prince finalise its dense output, three extra right-hand-side evaluations
 * on every step that has no output time in it. The adaptive integrators' first step of each segment is handed to
 * {@link RunChecks#firstStep}: Commons Math computes it as NaN when a slope over its tolerance overflows.
 */
public final class CheckedIntegrators {
    /**
     * Smallest step an adaptive integrator may take, in hours (3.6 ns), whatever the run's length: no mechanism here
     * has a time scale anywhere near it, and an integrator that needs less is chasing a singularity, which it should
     * report promptly. It used to be 1e-12 of the span, so that a legal fast process (a time constant of a second)
     * failed at t = 0 in a run of 1e6 h.
     */
    public static final double MIN_STEP_HOURS = 1e-12;
    /** The minimum step never goes below this many units in the last place of the run's largest |time|. */
    public static final double MIN_STEP_ULPS = 16;

    private CheckedIntegrators() {
    }

    /**
     * @return the smallest step for a run over [start, end]: {@link #MIN_STEP_HOURS}, or a few units in the last place
     *         of the largest |time| where that is coarser, so that t + step is always a different time
     */
    public static double minimumStep(double start, double end) {
        return Math.max(MIN_STEP_HOURS, MIN_STEP_ULPS * Math.ulp(Math.max(Math.abs(start), Math.abs(end))));
    }

    public static FirstOrderIntegrator rk4(double step, RunChecks checks) {
        return new ClassicalRungeKuttaIntegrator(step) {
            @Override
            protected double acceptStep(AbstractStepInterpolator interpolator, double[] y, double[] yDot,
                    double tEnd) {
                checks.states(interpolator.getGlobalCurrentTime(), y);
                return super.acceptStep(interpolator, y, yDot, tEnd);
            }
        };
    }

    public static FirstOrderIntegrator dormandPrince54(double minStep, double maxStep, double atol, double rtol,
            RunChecks checks) {
        return new DormandPrince54Integrator(minStep, maxStep, atol, rtol) {
            @Override
            public double initializeStep(boolean forward, int order, double[] scale, double t0, double[] y0,
                    double[] yDot0, double[] y1, double[] yDot1) {
                return checks.firstStep(super.initializeStep(forward, order, scale, t0, y0, yDot0, y1, yDot1), t0,
                        yDot0, scale);
            }

            @Override
            protected double acceptStep(AbstractStepInterpolator interpolator, double[] y, double[] yDot,
                    double tEnd) {
                checks.states(interpolator.getGlobalCurrentTime(), y);
                return super.acceptStep(interpolator, y, yDot, tEnd);
            }
        };
    }

    public static FirstOrderIntegrator dormandPrince853(double minStep, double maxStep, double atol, double rtol,
            RunChecks checks) {
        return new DormandPrince853Integrator(minStep, maxStep, atol, rtol) {
            @Override
            public double initializeStep(boolean forward, int order, double[] scale, double t0, double[] y0,
                    double[] yDot0, double[] y1, double[] yDot1) {
                return checks.firstStep(super.initializeStep(forward, order, scale, t0, y0, yDot0, y1, yDot1), t0,
                        yDot0, scale);
            }

            @Override
            protected double acceptStep(AbstractStepInterpolator interpolator, double[] y, double[] yDot,
                    double tEnd) {
                checks.states(interpolator.getGlobalCurrentTime(), y);
                return super.acceptStep(interpolator, y, yDot, tEnd);
            }
        };
    }
}
