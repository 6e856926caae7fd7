package org.ldnworkbench.ui.internal.results;

import org.ldnworkbench.ui.internal.runs.ScenarioData;

/**
 * One row of the metrics and differences tables: one scenario of one shown run, with its metric values in the
 * table's column order (NaN where the run has no such metric).
 *
 * @param label what the row is called: the scenario's name, or {@code run: scenario} when several runs are shown (as
 *        in the charts' legends)
 * @param scenario the scenario's results (for its partial state)
 * @param values one value per column of the table
 */
public record ResultRow(String label, ScenarioData scenario, double[] values) {
    /** @return whether the scenario stopped before its end (cancelled or failed) */
    public boolean partial() {
        return !scenario.complete();
    }

    /** @return the label as the tables show it: with {@code (partial)} after it when the scenario is partial */
    public String shownLabel() {
        return partial() ? label + " " + Messages.partialMark : label;
    }
}
