package org.ldnworkbench.core.internal.engine;

import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.mechanism.StateSpec;
import org.ldnworkbench.core.mechanism.ValueRange;
import org.ldnworkbench.core.pipeline.Integrator;
import org.ldnworkbench.core.pipeline.SimulationSettings;

/**
 * The safety net of one run, beside the right-hand side's own non-finite checks: states and outputs against the
 * ranges their mechanisms declare, and, for the fixed-step integrator, the step against its stability region at the
 * start of every segment. A value outside its declared range is something no valid run produces; it is tolerated
 * only within round-off of the integration,
 *
 * <pre>
 *     x &lt; min - 100 (atol + rtol s)   or   x &gt; max + 100 (atol + rtol s)   fails the run,
 * </pre>
 *
 * with {@code s} the largest magnitude among the values accepted so far (the working scale; an escaping value is
 * stopped before it can inflate it by more than the slack). Error control keeps the local error near
 * {@code atol + rtol |x|}; a hundred times that is far beyond what an accurate integration reaches and far below
 * the garbage of an unstable one.
 * <p>
 * Costs: two comparisons per state per accepted step and per output value per output time (about 1 ns each);
 * nothing on the right-hand side. Not thread-safe: one per run.
 */
public final class RunChecks {
    /** How many local error tolerances a value may stray outside its range before the run is stopped. */
    static final double ROUND_OFF_FACTOR = 100;

    private final Plan plan;
    private final double atol;
    private final double rtol;
    private final double end;
    private final String advice;
    /**
     * Per state and per column, the lowest and the highest value accepted so far (empty, +inf and -inf, at first).
     * A value between them was accepted before and needs no other look: two comparisons. Only a value outside them
     * is compared with the declared range, with the slack of the working scale, the larger magnitude of the two.
     */
    private final double[] stateLow;
    private final double[] stateHigh;
    private final double[] columnLow;
    private final double[] columnHigh;
    private final FixedStepStability stability;

    /**
     * @param eval the run's evaluator, for the fixed step's stability check
     * @param s the run's (checked) settings
     */
    public RunChecks(Plan plan, PlanEvaluator eval, SimulationSettings s) {
        this.plan = plan;
        this.atol = s.atol();
        this.rtol = s.rtol();
        this.end = s.end();
        boolean fixed = s.integrator() == Integrator.RK4;
        this.advice = fixed ? "reduce the fixed step" : "tighten rtol/atol";
        this.stateLow = empty(plan.stateTotal, Double.POSITIVE_INFINITY);
        this.stateHigh = empty(plan.stateTotal, Double.NEGATIVE_INFINITY);
        this.columnLow = empty(plan.columnNode.length, Double.POSITIVE_INFINITY);
        this.columnHigh = empty(plan.columnNode.length, Double.NEGATIVE_INFINITY);
        this.stability = fixed ? new FixedStepStability(plan, eval, s.fixedStep()) : null;
    }

    /**
     * At the start of the run and after the events at time {@code t}: the states against their ranges, then, before
     * a fixed-step segment, the step against the stability region of the linearised pipeline.
     *
     * @throws RunCheckException naming node, state, value and time
     */
    public void segmentStart(double t, double[] y) {
        states(t, y);
        if (stability != null && t < end) {
            stability.check(t, y);
        }
    }

    /**
     * The state vector at the end of an accepted step (or a segment's start) against the declared ranges.
     *
     * @throws RunCheckException naming node, state, value and time
     */
    public void states(double t, double[] y) {
        if (!plan.statesBounded) {
            return;
        }
        final double[] low = stateLow;
        final double[] high = stateHigh;
        for (int i = 0; i < y.length; i++) {
            double x = y[i];
            if ((x < low[i] || x > high[i]) && !accept(x, plan.stateMin[i], plan.stateMax[i], low, high, i)) {
                throw stateOutside(i, t, x);
            }
        }
    }

    /**
     * One recorded row, at an output time, against the declared output ranges.
     *
     * @throws RunCheckException naming node, output, value and time
     */
    public void outputs(double t, double[] row) {
        if (!plan.columnsBounded) {
            return;
        }
        final double[] low = columnLow;
        final double[] high = columnHigh;
        for (int c = 0; c < row.length; c++) {
            double v = row[c];
            if ((v < low[c] || v > high[c]) && !accept(v, plan.columnMin[c], plan.columnMax[c], low, high, c)) {
                throw outputOutside(c, t, v);
            }
        }
    }

    /**
     * Compares a value outside the interval accepted so far with its declared range [min, max], allowing 100 (atol +
     * rtol s) for round-off, s the largest magnitude accepted so far, and widens the interval when it is accepted.
     *
     * @return false when {@code v} is beyond round-off outside its range
     */
    private boolean accept(double v, double min, double max, double[] low, double[] high, int i) {
        double scale = low[i] <= high[i] ? Math.max(Math.abs(low[i]), Math.abs(high[i])) : 0;
        double slack = ROUND_OFF_FACTOR * (atol + rtol * scale);
        if (v < min - slack || v > max + slack) {
            return false;
        }
        low[i] = Math.min(low[i], v);
        high[i] = Math.max(high[i], v);
        return true;
    }

    /**
     * The adaptive integrator's first step of a segment, which Commons Math computes from |y'| / scale: when that
     * overflows (a slope of 1e160 tolerances per hour, e.g. right after a dose of 1e150 mg) its estimate is 0 / 0
     * and the integrator would go on at t = NaN, failing with "not finite at t = NaN h".
     *
     * @return {@code h} when finite
     * @throws RunCheckException naming the state with the steepest slope over its tolerance, and the time
     */
    public double firstStep(double h, double t, double[] yDot, double[] scale) {
        if (Double.isFinite(h)) {
            return h;
        }
        int steepest = 0;
        double largest = -1;
        for (int i = 0; i < yDot.length; i++) {
            double r = Math.abs(yDot[i] / scale[i]);
            if (!(r <= largest)) { // NaN counts as the steepest
                largest = r;
                steepest = i;
                if (!(r < Double.POSITIVE_INFINITY)) {
                    break;
                }
            }
        }
        StateSpec spec = plan.stateSpec(steepest);
        return fail(new RunCheckException(plan.stateNode(steepest), "state '" + spec.name() + "' changes at "
                + Numbers.compact(yDot[steepest], 3) + " " + (spec.unit().isEmpty() || spec.unit().equals("-") ? "1"
                        : spec.unit()) + "/h at t = " + Numbers.time(t) + " h, "
                + "beyond what the integrator can resolve in double precision (no finite first step); the "
                + "values driving it are out of scale", t));
    }

    private static double fail(RunCheckException e) {
        throw e;
    }

    private static double[] empty(int n, double bound) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, bound);
        return a;
    }

    private RunCheckException stateOutside(int i, double t, double x) {
        StateSpec spec = plan.stateSpec(i);
        return new RunCheckException(plan.stateNode(i), "state '" + spec.name() + "' = " + Numbers.withUnit(x,
                spec.unit()) + " is " + side(x, spec.range()) + " at t = " + Numbers.time(t) + " h: the integration "
                + "is inaccurate or unstable; " + advice, t);
    }

    private RunCheckException outputOutside(int c, double t, double v) {
        PortSpec spec = plan.columnSpec(c);
        return new RunCheckException(plan.columnNode[c], "output '" + spec.name() + "' = " + Numbers.withUnit(v,
                spec.unit()) + " is " + side(v, spec.range()) + " at t = " + Numbers.time(t) + " h: the integration "
                + "is inaccurate or unstable, or the mechanism computes it wrongly; " + advice, t);
    }

    private static String side(double v, ValueRange r) {
        return v < r.min() ? "below its minimum " + Numbers.compact(r.min(), 6)
                : "above its maximum " + Numbers.compact(r.max(), 6);
    }
}
