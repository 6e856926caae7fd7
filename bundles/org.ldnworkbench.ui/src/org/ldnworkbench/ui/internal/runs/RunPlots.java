package org.ldnworkbench.ui.internal.runs;

import java.util.ArrayList;
import java.util.List;

import org.ldnworkbench.charts.core.ChartPalette;
import org.ldnworkbench.charts.core.OutputChart;
import org.ldnworkbench.charts.core.PngRenderer;
import org.ldnworkbench.charts.core.TimeAxis;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.ui.internal.preferences.WorkbenchPreferences;

/**
 * The PNG plots of a run folder: the shared chart definition ({@link OutputChart}) of each output with one line per
 * scenario, at the command line's size, so that a folder written by the workbench holds the plots
 * {@code ldnwb run} would have drawn (in the user's chart time unit and palette).
 */
final class RunPlots {
    /** Size of every plot, in pixels: the command line's. */
    static final int WIDTH = 1000;
    static final int HEIGHT = 560;

    private RunPlots() {
    }

    /** @return the simulated span of the pipeline (h), which chooses hours or days as the CLI does */
    static double span(Pipeline asRun) {
        return asRun.simulation().end() - asRun.simulation().start();
    }

    /** @return the PNG of output {@code o} of the run, drawn by {@code renderer} (of {@link #WIDTH} x {@link #HEIGHT}) */
    static byte[] png(RunData run, int o, double spanHours, PngRenderer renderer) {
        OutputColumn column = run.outputs().get(o);
        List<OutputChart.Line> lines = new ArrayList<>();
        for (int s = 0; s < run.scenarios().size(); s++) {
            ScenarioData d = run.scenarios().get(s);
            lines.add(new OutputChart.Line(d.name(), d.time(), d.columns()[o], s, false, false));
        }
        return renderer.png(OutputChart.of(column.name(), column.description(), column.unit(), column.levels(), lines,
                TimeAxis.of(WorkbenchPreferences.chartTimeUnit(), spanHours),
                ChartPalette.named(WorkbenchPreferences.chartPalette())));
    }
}
