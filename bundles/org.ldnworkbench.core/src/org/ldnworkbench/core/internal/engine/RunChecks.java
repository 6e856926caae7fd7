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
 * with {@code s} the largest magnitude the value has had inside its range so far (its working scale, which an
 * escaping value does not inflate). Error control keeps the local error near {@code atol + rtol |x|}; a hundred times
 * that is far beyond what an accurate integration reaches and far below the garbage of an unstable one.
 * <p>
 * Costs: one pass over the state vector per accepted step and one over the recorded row per output time; nothing on
 * the right-hand side. Not thread-safe: one per run.
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
     * Per state and per column, the lowest and the highest value seen inside the declared range, starting from 0:
     * the working scale is the larger of their magnitudes. Two comparisons per value keep them; the slack itself is
     * computed only for a value outside its range.
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
        this.stateLow = new double[plan.stateTotal];
        this.stateHigh = new double[plan.stateTotal];
        this.columnLow = new double[plan.columnNode.length];
        this.columnHigh = new double[plan.columnNode.length];
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
        final double[] min = plan.stateMin;
        final double[] max = plan.stateMax;
        final double[] low = stateLow;
        final double[] high = stateHigh;
        for (int i = 0; i < y.length; i++) {
            double x = y[i];
            if (x >= min[i] && x <= max[i]) {
                if (x > high[i]) {
                    high[i] = x;
                } else if (x < low[i]) {
                    low[i] = x;
                }
            } else if (beyondRoundOff(x, min[i], max[i], low[i], high[i])) {
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
        final double[] min = plan.columnMin;
        final double[] max = plan.columnMax;
        final double[] low = columnLow;
        final double[] high = columnHigh;
        for (int c = 0; c < row.length; c++) {
            double v = row[c];
            if (v >= min[c] && v <= max[c]) {
                if (v > high[c]) {
                    high[c] = v;
                } else if (v < low[c]) {
                    low[c] = v;
                }
            } else if (beyondRoundOff(v, min[c], max[c], low[c], high[c])) {
                throw outputOutside(c, t, v);
            }
        }
    }

    /**
     * @return whether {@code v}, outside [min, max], is farther from it than round-off: 100 (atol + rtol s), s the
     *         largest magnitude seen inside the range; false for NaN, which the right-hand side reports itself
     */
    private boolean beyondRoundOff(double v, double min, double max, double low, double high) {
        double slack = ROUND_OFF_FACTOR * (atol + rtol * Math.max(-low, high));
        return v < min - slack || v > max + slack;
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
