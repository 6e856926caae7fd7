package org.ldnworkbench.ui.internal.results;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.charts.core.TimeAxis;
import org.ldnworkbench.ui.internal.runs.RunData;
import org.ldnworkbench.ui.internal.runs.ScenarioData;

/**
 * What the legends and tables call a scenario of a run: its name alone while one run is shown, {@code run: scenario}
 * when runs are overlaid (where the colour says the scenario and the dash the run, the label says both), and in a
 * legend the reason and time a partial scenario stopped, so that a cancelled curve is never mistaken for a result.
 */
public final class LineLabels {
    private LineLabels() {
    }

    /** @return the scenario's name, after the run's label when {@code severalRuns} */
    public static String scenario(RunData run, ScenarioData s, boolean severalRuns) {
        return severalRuns ? run.label() + ": " + s.name() : s.name();
    }

    /**
     * @param runs the shown runs, {@code run} among them
     * @return the scenario's name alone while one run is shown, else after the run's {@link #runName}
     */
    public static String scenario(RunData run, ScenarioData s, List<RunData> runs) {
        return runs.size() > 1 ? runName(run, runs) + ": " + s.name() : s.name();
    }

    /**
     * @param runs the shown runs, {@code run} among them
     * @return the run's label without the words that every shown run's label starts with (the pipeline's name), so
     *         that overlaid runs of one pipeline are told apart by their date and time in legends and tables; the last
     *         two words always stay ({@code 2026-12-01 18:16:36}, {@code run 2})
     */
    public static String runName(RunData run, List<RunData> runs) {
        String[] words = run.label().split(" ");
        int common = Math.max(0, words.length - 2);
        for (RunData other : runs) {
            String[] w = other.label().split(" ");
            int k = 0;
            while (k < common && k < w.length - 2 && w[k].equals(words[k])) {
                k++;
            }
            common = k;
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(common, words.length));
    }

    /**
     * @param axis the charts' time axis: the stop time is given in its unit
     * @return the legend label: {@link #scenario}, then {@code (partial: reason at t = time unit)} for a partial
     *         scenario
     */
    public static String legend(RunData run, ScenarioData s, List<RunData> runs, TimeAxis axis) {
        String label = scenario(run, s, runs);
        return s.complete() ? label : label + " " + partial(s, axis);
    }

    /** @return e.g. {@code (partial: cancelled at t = 12.5 days)} */
    public static String partial(ScenarioData s, TimeAxis axis) {
        String reason = s.failure().isBlank() ? Messages.partialNoReason : s.failure().strip();
        if (!s.failureNode().isBlank()) {
            reason = NLS.bind(Messages.partialAtNode, s.failureNode(), reason);
        }
        if (!Double.isFinite(s.failureTime())) {
            return NLS.bind(Messages.partialLegendNoTime, reason);
        }
        return NLS.bind(Messages.partialLegend, new Object[] { reason, ValueText.show(axis.fromHours(s.failureTime())),
                axis.unit() });
    }
}
