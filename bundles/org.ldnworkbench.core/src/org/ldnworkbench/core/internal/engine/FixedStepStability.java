package org.ldnworkbench.core.internal.engine;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Whether the classical Runge-Kutta method (RK4) with a fixed step h is stable on the pipeline as it is at one time.
 * Linearised at (t, y), the pipeline is y' = J y; RK4 multiplies each eigenmode of J by its amplification factor
 * R(h lambda) per step, R(z) = 1 + z + z^2/2 + z^3/6 + z^4/24. A decaying mode (Re lambda &lt; 0) with |R(h lambda)| &gt;
 * 1 grows instead of decaying: the results explode or oscillate, however right the model. The check estimates J by
 * forward differences of the right-hand side (the pipelines have at most a few dozen states, so n + 1 evaluations and
 * one eigen-decomposition cost microseconds) and fails before integrating, naming the state that dominates the
 * offending mode, its time constant and the largest stable step.
 * <p>
 * Stable is not accurate: a step inside the stability region (up to 2.785 / |lambda|) still follows a mode with a
 * large error per step, so a too coarse step gives wrong results that look plausible (a 50 mg dose showing a
 * rebound). Every decaying or oscillating mode must therefore also be resolved: h |lambda| &lt;=
 * {@link #ACCURATE_RADIUS}. Inside that disk RK4's relative error per step in the mode, |R(z) - e^z| / |e^z| with
 * z = h lambda, is at most 4.0e-4 (about |z|^5 / 120, largest on the negative real axis); it would be 1.1e-3 at
 * |z| = 0.6 and 1.4e-2 at |z| = 1. A decaying mode accumulates that error only while it lasts, so its total error
 * stays near that of one step.
 * <p>
 * Modes growing without oscillation (Re lambda &gt;= 0, Im lambda = 0) are the model's own behaviour, not the
 * integrator's, and are not judged. The check linearises at the start of every segment (the start of the run and
 * after every event); a nonlinear pipeline whose time constants shrink between events is caught by the range
 * checks of {@link RunChecks} only. A Jacobian whose eigen-decomposition does not converge is not judged either.
 */
final class FixedStepStability {
    /** Forward-difference increment relative to max(1, |y_j|): the square root of the double precision. */
    private static final double INCREMENT = Math.sqrt(Math.ulp(1.0));
    /** Beyond this radius |R(z)| &gt; 1 in every direction of the left half-plane (|z|^4/24 alone exceeds 2 there). */
    private static final double OUTER_RADIUS = 4;
    private static final double SCAN_STEP = 1e-3;
    /**
     * Largest h |lambda| at which RK4 follows a decaying or oscillating mode accurately: within this disk its relative
     * error per step |R(z) - e^z| / |e^z| is at most 4.0e-4 in every direction of the left half-plane.
     */
    static final double ACCURATE_RADIUS = 0.5;

    private final Plan plan;
    private final PlanEvaluator eval;
    private final double h;

    FixedStepStability(Plan plan, PlanEvaluator eval, double h) {
        this.plan = plan;
        this.eval = eval;
        this.h = h;
    }

    /**
     * @throws RunCheckException when a decaying mode of the linearisation at (t, y) is unstable with step h, or a
     *         decaying or oscillating mode is not resolved by it (h |lambda| &gt; {@link #ACCURATE_RADIUS})
     */
    void check(double t, double[] y) {
        int n = y.length;
        if (n == 0) {
            return;
        }
        EigenDecomposition modes;
        try {
            modes = new EigenDecomposition(new Array2DRowRealMatrix(jacobian(t, y), false));
        } catch (RuntimeException notConverged) {
            return;
        }
        double[] re = modes.getRealEigenvalues();
        double[] im = modes.getImagEigenvalues();
        int worst = -1;
        int coarsest = -1;
        double largestStable = Double.POSITIVE_INFINITY;
        double largestAccurate = Double.POSITIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            boolean decaying = re[k] < 0;
            if (!(decaying || im[k] != 0 && Double.isFinite(re[k]))) {
                continue;
            }
            double magnitude = Math.hypot(re[k], im[k]);
            largestAccurate = Math.min(largestAccurate, ACCURATE_RADIUS / magnitude);
            if (h * magnitude > ACCURATE_RADIUS
                    && (coarsest < 0 || magnitude > Math.hypot(re[coarsest], im[coarsest]))) {
                coarsest = k;
            }
            if (!decaying) {
                continue;
            }
            largestStable = Math.min(largestStable, stableRadius(Math.atan2(im[k], re[k])) / magnitude);
            if (amplification(h * re[k], h * im[k]) > 1
                    && (worst < 0 || magnitude > Math.hypot(re[worst], im[worst]))) {
                worst = k;
            }
        }
        if (worst >= 0) {
            throw unstable(t, modes, worst, re[worst], im[worst], largestStable);
        }
        if (coarsest >= 0) {
            throw inaccurate(t, modes, coarsest, re[coarsest], im[coarsest], largestAccurate);
        }
    }

    /** @return the Jacobian of the right-hand side at (t, y), by forward differences */
    private double[][] jacobian(double t, double[] y) {
        int n = y.length;
        double[] f0 = new double[n];
        double[] f1 = new double[n];
        double[] shifted = y.clone();
        double[][] jac = new double[n][n];
        eval.computeDerivatives(t, y, f0);
        for (int j = 0; j < n; j++) {
            shifted[j] = y[j] + INCREMENT * Math.max(1, Math.abs(y[j]));
            double dy = shifted[j] - y[j]; // the increment actually represented
            eval.computeDerivatives(t, shifted, f1);
            for (int i = 0; i < n; i++) {
                jac[i][j] = (f1[i] - f0[i]) / dy;
            }
            shifted[j] = y[j];
        }
        return jac;
    }

    /** @return |R(z)| for z = x + i w, RK4's amplification factor */
    static double amplification(double x, double w) {
        // R(z) = 1 + z (1 + z/2 (1 + z/3 (1 + z/4))), in complex arithmetic from the inside out
        double re = 1 + x / 4;
        double imag = w / 4;
        for (int k = 3; k >= 1; k--) {
            double nr = 1 + (x * re - w * imag) / k;
            double ni = (x * imag + w * re) / k;
            re = nr;
            imag = ni;
        }
        return Math.hypot(re, imag);
    }

    /**
     * @return the distance from 0 to the first point where the ray at {@code angle} leaves RK4's stability region
     *         (2.785 along the negative real axis, 2.828 along the imaginary axis)
     */
    static double stableRadius(double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double inside = 0;
        double r = SCAN_STEP;
        while (r < OUTER_RADIUS && amplification(r * c, r * s) <= 1) {
            inside = r;
            r += SCAN_STEP;
        }
        double outside = Math.min(r, OUTER_RADIUS);
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (inside + outside);
            if (amplification(mid * c, mid * s) <= 1) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        return inside;
    }

    private RunCheckException unstable(double t, EigenDecomposition modes, int k, double re, double im,
            double largestStable) {
        return refusal(t, modes, k, re, im, "is outside RK4's stability region", "RK4 is stable here only for steps "
                + "up to " + Numbers.compact(largestStable, 3) + " h");
    }

    private RunCheckException inaccurate(double t, EigenDecomposition modes, int k, double re, double im,
            double largestAccurate) {
        return refusal(t, modes, k, re, im, "is too coarse for RK4 to follow the system accurately",
                "RK4 is accurate here (step times |eigenvalue| at most " + Numbers.compact(ACCURATE_RADIUS, 3)
                        + ") only for steps up to " + Numbers.compact(largestAccurate, 3) + " h");
    }

    /**
     * The refusal of the step for mode {@code k}: what is wrong with it, the state that dominates the mode, its time
     * constant and eigenvalue, and the largest step that would do.
     */
    private RunCheckException refusal(double t, EigenDecomposition modes, int k, double re, double im, String what,
            String largestStep) {
        int state = dominantState(modes.getV(), k, im);
        String eigenvalue = Numbers.compact(re, 3) + (im == 0 ? "" : (" \u00b1 " + Numbers.compact(Math.abs(im), 3)
                + "i"));
        return new RunCheckException(plan.stateNode(state), "the fixed step " + Numbers.compact(h, 6) + " h " + what
                + " at t = " + Numbers.time(t) + " h: state '" + plan.stateSpec(state).name()
                + "' has a time constant of " + Numbers.compact(1 / Math.hypot(re, im), 3) + " h (eigenvalue "
                + eigenvalue + " 1/h) and " + largestStep + "; reduce fixedStep or use an adaptive integrator", t);
    }

    /**
     * @return the state with the largest component in the eigenvector of mode {@code k}; for a complex pair the
     *         decomposition holds the real and imaginary parts in adjacent columns
     */
    private static int dominantState(RealMatrix v, int k, double im) {
        int last = v.getColumnDimension() - 1;
        int realColumn = im < 0 ? Math.max(0, k - 1) : k;
        int imagColumn = im == 0 ? -1 : Math.min(last, realColumn + 1);
        int best = 0;
        double largest = -1;
        for (int i = 0; i < v.getRowDimension(); i++) {
            double size = imagColumn < 0 ? Math.abs(v.getEntry(i, realColumn))
                    : Math.hypot(v.getEntry(i, realColumn), v.getEntry(i, imagColumn));
            if (size > largest) {
                largest = size;
                best = i;
            }
        }
        return best;
    }
}
