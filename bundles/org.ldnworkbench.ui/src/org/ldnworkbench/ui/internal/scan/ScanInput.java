package org.ldnworkbench.ui.internal.scan;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.metrics.ParameterScan;
import org.ldnworkbench.ui.internal.editor.pages.NumberText;
import org.ldnworkbench.ui.internal.editor.pages.ParameterInput;

/**
 * Checks the range fields of the scan wizard as {@code ldnwb scan --range} checks its option, before anything runs:
 * each end a number inside the parameter's declared range (whole for a whole-number parameter), {@code To} above
 * {@code From}, both above 0 on a log scale, a whole number of points from 2 to {@link ParameterScan#MAX_VALUES} and
 * no more than {@link ParameterScan#MAX_RUNS} runs with the chosen scenarios. Every refusal starts with the field's
 * name, so that the user knows which box to correct.
 */
public final class ScanInput {
    /**
     * The outcome of a check.
     *
     * @param values the scan's values (null when refused)
     * @param field the label of the field refused ({@code From}, {@code To}, {@code Points}), null when accepted
     * @param problem the message for the user, starting with the field's label; null when accepted
     */
    public record Checked(double[] values, String field, String problem) {
        /** @return whether the fields give a scan */
        public boolean ok() {
            return problem == null;
        }

        static Checked refused(String field, String problem) {
            return new Checked(null, field, NLS.bind(Messages.Input_problem, field, problem));
        }
    }

    private ScanInput() {
    }

    /**
     * @param spec the declaration of the scanned parameter
     * @param from what the user typed for the first value
     * @param to what the user typed for the last value
     * @param points what the user typed for the number of values
     * @param spacing linear or log
     * @param runsPerValue the scenarios run for each value (1 for a pipeline without scenarios)
     * @return the values, or the first field refused and why
     */
    public static Checked check(ParameterSpec spec, String from, String to, String points, ScanValues.Spacing spacing,
            int runsPerValue) {
        NumberText.Parsed lo = ParameterInput.check(spec, from);
        if (!lo.ok()) {
            return Checked.refused(Messages.Input_from, lo.problem());
        }
        NumberText.Parsed hi = ParameterInput.check(spec, to);
        if (!hi.ok()) {
            return Checked.refused(Messages.Input_to, hi.problem());
        }
        if (!(hi.value() > lo.value())) {
            return Checked.refused(Messages.Input_to, NLS.bind(Messages.Input_notAbove,
                    NumberText.show(hi.value()), NumberText.show(lo.value())));
        }
        if (spacing == ScanValues.Spacing.LOG && !(lo.value() > 0)) {
            return Checked.refused(Messages.Input_from, NLS.bind(Messages.Input_logNeedsPositive,
                    NumberText.show(lo.value())));
        }
        NumberText.Parsed n = NumberText.parse(points);
        if (!n.ok() || n.value() != Math.rint(n.value()) || n.value() < 2 || n.value() > ParameterScan.MAX_VALUES) {
            return Checked.refused(Messages.Input_points, NLS.bind(Messages.Input_pointsRange,
                    ParameterScan.MAX_VALUES, points == null ? "" : points.strip()));
        }
        long runs = (long) n.value() * Math.max(1, runsPerValue);
        if (runs > ParameterScan.MAX_RUNS) {
            return Checked.refused(Messages.Input_points, NLS.bind(Messages.Input_tooManyRuns,
                    new Object[] { (long) n.value(), runsPerValue, runs, ParameterScan.MAX_RUNS }));
        }
        return new Checked(ScanValues.of(lo.value(), hi.value(), (int) n.value(), spacing, spec.integer()), null,
                null);
    }
}
