package org.ldnworkbench.core.internal.compiler;

import static org.ldnworkbench.core.engine.PipelineCompiler.MAX_ATOL;
import static org.ldnworkbench.core.engine.PipelineCompiler.MAX_FIXED_STEPS;
import static org.ldnworkbench.core.engine.PipelineCompiler.MAX_GRID_POINTS;
import static org.ldnworkbench.core.engine.PipelineCompiler.MAX_RECORDED_VALUES;
import static org.ldnworkbench.core.engine.PipelineCompiler.MAX_RTOL;
import static org.ldnworkbench.core.engine.PipelineCompiler.MAX_SPAN_HOURS;
import static org.ldnworkbench.core.engine.PipelineCompiler.MIN_ATOL;
import static org.ldnworkbench.core.engine.PipelineCompiler.MIN_RELATIVE_STEP;
import static org.ldnworkbench.core.engine.PipelineCompiler.MIN_RTOL;
import static org.ldnworkbench.core.engine.PipelineCompiler.STEP_DIVIDES_TOLERANCE;

import java.util.List;
import java.util.Locale;

import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.pipeline.Integrator;
import org.ldnworkbench.core.pipeline.SimulationSettings;

/**
 * The settings step: the simulation settings against the limits {@link PipelineCompiler} declares (span, output and
 * fixed steps, tolerances, the size of what a run records).
 */
public final class SimulationChecks {
    private SimulationChecks() {
    }

    /**
     * Checks the settings a file controls, every size in floating point before anything converts it to an integer,
     * so that no value (a denormal step, an infinite end) can overflow a count past its limit.
     */
    static void check(SimulationSettings s, List<Problem> problems) {
        double span = s.end() - s.start();
        boolean spanValid = false;
        if (!(s.end() > s.start())) {
            problems.add(new Problem("", "simulation.end", "end (" + s.end() + " h) must be after start ("
                    + s.start() + " h)"));
        } else if (!(span <= MAX_SPAN_HOURS)) {
            problems.add(new Problem("", "simulation.end", "the run spans " + span + " h; the limit is "
                    + MAX_SPAN_HOURS + " h"));
        } else {
            spanValid = true;
        }
        double resolution = timeResolution(s);
        if (!(s.step() > 0)) {
            problems.add(new Problem("", "simulation.step", "the output step must be positive, not " + s.step()));
        } else if (spanValid && !(s.gridPoints() <= MAX_GRID_POINTS)) {
            problems.add(new Problem("", "simulation.step", "the output grid would have " + count(s.gridPoints())
                    + " points; the limit is " + MAX_GRID_POINTS + ": use a larger step or a shorter run"));
        } else if (spanValid && s.step() < resolution) {
            problems.add(new Problem("", "simulation.step", tooFine("output step", s.step(), resolution)));
        } else if (spanValid && s.step() > span) {
            problems.add(new Problem("", "simulation.step", "the output step " + s.step() + " h is longer than the "
                    + "run (" + span + " h): the results would hold the start only; use a step that divides the "
                    + "span, e.g. " + span + " h or " + span / 10 + " h"));
        } else if (spanValid && !divides(span, s.step())) {
            problems.add(new Problem("", "simulation.step", "the output step " + s.step() + " h does not divide "
                    + "the run's span (" + span + " h = " + Math.floor(span / s.step()) + " steps and a part): the "
                    + "last output time would not be the end, where the end-of-run metrics are read; use a step "
                    + "that divides it, e.g. " + dividingStep(span, s.step()) + " h"));
        }
        checkTolerance("simulation.rtol", "relative tolerance", s.rtol(), MIN_RTOL, MAX_RTOL, problems);
        checkTolerance("simulation.atol", "absolute tolerance", s.atol(), MIN_ATOL, MAX_ATOL, problems);
        if (s.integrator() == Integrator.RK4) {
            double h = s.fixedStep();
            if (!(h > 0)) {
                problems.add(new Problem("", "simulation.fixedStep", "the fixed step must be positive, not " + h));
            } else if (spanValid && h > span) {
                problems.add(new Problem("", "simulation.fixedStep", "the fixed step " + h
                        + " h is longer than the run (" + span + " h)"));
            } else if (spanValid && !(span / h <= MAX_FIXED_STEPS)) {
                problems.add(new Problem("", "simulation.fixedStep", "the run would take " + count(span / h)
                        + " fixed steps; the limit is " + count(MAX_FIXED_STEPS)
                        + ": use a larger fixed step or an adaptive integrator"));
            } else if (spanValid && h < resolution) {
                problems.add(new Problem("", "simulation.fixedStep", tooFine("fixed step", h, resolution)));
            }
        }
    }

    /**
     * @return whether the output grid start, start + step, ... ends at {@code end}: span / step within
     *         {@link #STEP_DIVIDES_TOLERANCE} of a whole number, i.e. the end within that fraction of a step of a grid
     *         point, the tolerance of the simulator's grid (1344 / 0.1 = 13440.000000000002 divides)
     */
    private static boolean divides(double span, double step) {
        double n = span / step;
        return Math.abs(n - Math.rint(n)) <= STEP_DIVIDES_TOLERANCE;
    }

    /**
     * @return a step below {@code step} that divides {@code span}, preferring one of few digits (span / k for the
     *         smallest k &gt; span / step whose six-digit rounding still divides), for the message of a step that
     *         does not divide
     */
    private static double dividingStep(double span, double step) {
        double first = Math.ceil(span / step);
        for (double k = first; k < first + 10_000 && k <= MAX_GRID_POINTS; k++) {
            double rounded = Double.parseDouble(String.format(Locale.ROOT, "%.6g", span / k));
            if (rounded <= step && divides(span, rounded)) {
                return rounded;
            }
        }
        return span / first;
    }

    /** @return the smallest step whose multiples stay distinct times over the run (see {@link #MIN_RELATIVE_STEP}) */
    private static double timeResolution(SimulationSettings s) {
        return MIN_RELATIVE_STEP * Math.max(1, Math.max(Math.abs(s.start()), Math.abs(s.end())));
    }

    private static String tooFine(String what, double step, double resolution) {
        return "the " + what + " " + step + " h is below the time resolution of this run, " + resolution
                + " h (" + MIN_RELATIVE_STEP + " of the largest |time|)";
    }

    private static void checkTolerance(String field, String what, double v, double min, double max,
            List<Problem> problems) {
        if (!(v >= min && v <= max)) {
            problems.add(new Problem("", field, "the " + what + " must be in [" + min + ", " + max + "], not " + v));
        }
    }

    /** A count computed in floating point, for messages: whole numbers without exponent up to 1e15. */
    public static String count(double n) {
        return n < 1e15 ? String.valueOf((long) n) : String.valueOf(n);
    }

    /**
     * The run records every continuous output at every grid point: at most
     * {@link PipelineCompiler#MAX_RECORDED_VALUES} values.
     */
    static void checkRecordedValues(SimulationSettings s, int columns, List<Problem> problems) {
        double values = s.gridPoints() * Math.max(1, columns);
        if (!(values <= MAX_RECORDED_VALUES)) {
            problems.add(new Problem("", "simulation.step", "the run would record " + count(values) + " values ("
                    + count(s.gridPoints()) + " time points x " + columns
                    + " outputs); the limit is " + MAX_RECORDED_VALUES
                    + ": use a larger step or a shorter run"));
        }
    }
}
