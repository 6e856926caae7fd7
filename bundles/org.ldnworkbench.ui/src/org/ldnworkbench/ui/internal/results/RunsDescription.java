package org.ldnworkbench.ui.internal.results;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.ui.internal.results.live.LiveRerun;
import org.ldnworkbench.ui.internal.runs.RunData;

/**
 * The line at the top of the Results view that says whose runs it shows: the charts and tables stay when another
 * pipeline editor becomes active (and the sweep bar then names that other pipeline), so the runs must say which
 * pipeline and which run they are.
 */
final class RunsDescription {
    private RunsDescription() {
    }

    /**
     * @param runs the runs shown, in their order
     * @param faded an earlier run drawn faded behind them, or null
     * @return e.g. {@code Pipeline 'ldn-vs-standard', run ldn-vs-standard 2026-12-02 10:31:05}, or "" for no run
     */
    static String of(List<RunData> runs, RunData faded) {
        if (runs.isEmpty()) {
            return "";
        }
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
