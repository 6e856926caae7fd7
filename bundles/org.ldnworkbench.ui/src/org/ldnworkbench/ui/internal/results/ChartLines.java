package org.ldnworkbench.ui.internal.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ldnworkbench.charts.core.OutputChart;
import org.ldnworkbench.charts.core.TimeAxis;
import org.ldnworkbench.ui.internal.runs.RunData;
import org.ldnworkbench.ui.internal.runs.ScenarioData;

/**
 * The lines of one output's chart: one per scenario of each shown run, and the faded run's behind them. A scenario
 * keeps its colour across runs (its id, or its name when it has none, picks the palette index in order of first
 * appearance), so that overlaid runs read as "same colour, same regimen"; the first run is drawn solid, every
 * further one dashed.
 */
public final class ChartLines {
    private final List<RunData> runs;
    private final RunData faded;
    private final Map<String, Integer> colours = new LinkedHashMap<>();

    /**
     * @param runs the shown runs
     * @param faded the run drawn faded behind them, or null
     */
    public ChartLines(List<RunData> runs, RunData faded) {
        this.runs = List.copyOf(runs);
        this.faded = faded;
        for (RunData run : runs) {
            for (ScenarioData s : run.scenarios()) {
                colours.putIfAbsent(key(s), colours.size());
            }
        }
        if (faded != null) {
            for (ScenarioData s : faded.scenarios()) {
                colours.putIfAbsent(key(s), colours.size());
            }
        }
    }

    private static String key(ScenarioData s) {
        return s.id().isEmpty() ? s.name() : s.id();
    }

    /** @return the palette index of a scenario (stable across the shown runs) */
    public int colour(ScenarioData s) {
        return colours.getOrDefault(key(s), 0);
    }

    /**
     * @param output {@code node.output}
     * @param axis the time axis, for the stop time of partial scenarios in legends
     * @return the faded run's lines first (drawn behind), then each shown run's; runs without the output add none
     */
    public List<OutputChart.Line> of(String output, TimeAxis axis) {
        List<OutputChart.Line> lines = new ArrayList<>();
        if (faded != null) {
            add(lines, faded, output, axis, true, false);
        }
        for (int r = 0; r < runs.size(); r++) {
            add(lines, runs.get(r), output, axis, false, r > 0);
        }
        return lines;
    }

    private void add(List<OutputChart.Line> lines, RunData run, String output, TimeAxis axis,
            boolean isFaded, boolean dashed) {
        int column = run.outputIndex(output);
        if (column < 0) {
            return;
        }
        for (ScenarioData s : run.scenarios()) {
            String label = isFaded ? LineLabels.scenario(run, s, true)
                    : LineLabels.legend(run, s, runs, axis);
            lines.add(new OutputChart.Line(label, s.time(), s.columns()[column], colour(s), isFaded, dashed));
        }
    }
}
