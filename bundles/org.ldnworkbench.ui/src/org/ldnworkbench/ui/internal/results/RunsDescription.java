package org.ldnworkbench.ui.internal.results;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.ui.internal.results.live.LiveRerun;
import org.ldnworkbench.ui.internal.runs.RunData;

/**
 * The line at the top of the Results view that says whose runs it shows: the charts and tables stay when another
 * pipeline editor becomes active, while the sweep bar and the live re-run act on the active editor's pipeline: the
 * line says which pipeline and run the charts are, and when the sweep would re-simulate another pipeline.
 */
public final class RunsDescription {
    private RunsDescription() {
    }

    /**
     * @param runs the runs shown, in their order
     * @param faded an earlier run drawn faded behind them, or null
     * @param swept the name of the pipeline the sweep bar re-simulates, or null when it follows none
     * @return e.g. {@code Pipeline 'ldn-vs-standard': ldn-vs-standard 2026-12-02 10:31:05}, or "" for no run
     */
    public static String of(List<RunData> runs, RunData faded, String swept) {
        if (runs.isEmpty()) {
            return "";
        }
        String shown = of(runs, faded);
        boolean other = swept != null && runs.stream().anyMatch(r -> !r.pipelineName().equals(swept));
        return other ? NLS.bind(Messages.runsSweepOther, shown, swept) : shown;
    }

    private static String of(List<RunData> runs, RunData faded) {
        List<String> pipelines = runs.stream().map(RunData::pipelineName).distinct().toList();
        String names = pipelines.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        String labels = runs.stream().map(RunsDescription::label).collect(Collectors.joining(", "));
        String text = NLS.bind(pipelines.size() == 1 ? Messages.runsOfPipeline : Messages.runsOfPipelines, names,
                labels);
        return faded == null ? text : NLS.bind(Messages.runsWithFaded, text, label(faded));
    }

    private static String label(RunData run) {
        return LiveRerun.LABEL.equals(run.label()) ? Messages.liveRun : run.label();
    }
}
