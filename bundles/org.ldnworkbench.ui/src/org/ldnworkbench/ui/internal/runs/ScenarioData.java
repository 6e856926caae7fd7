package org.ldnworkbench.ui.internal.runs;

import java.util.Objects;

/**
 * The results of one scenario of a run: its time series (time in hours, one array per output column of the run, in
 * the run's column order) and its metric values (in the run's metric order; NaN where a metric has no value).
 * Arrays are owned by this record and never changed after it is made: callers must not write into them.
 *
 * @param id the scenario id, empty for a pipeline without scenarios
 * @param name the scenario's display name (its id when it has none)
 * @param failure null when the scenario completed, else why it stopped early (e.g. {@code cancelled}, an integrator
 *        failure); its samples are then kept up to {@code failureTime}
 * @param failureNode the node that failed, or empty
 * @param failureTime the simulated time (h) at which it stopped, NaN when complete
 * @param time the sample times in hours
 * @param columns one array per output column, each as long as {@code time}
 * @param metrics one value per metric of the run
 */
public record ScenarioData(String id, String name, String failure, String failureNode, double failureTime,
        double[] time, double[][] columns, double[] metrics) {
    public ScenarioData {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(failureNode);
        for (double[] c : columns) {
            if (c.length != time.length) {
                throw new IllegalArgumentException("scenario '" + id + "': a column has " + c.length
                        + " values for " + time.length + " times");
            }
        }
    }

    /** @return whether the scenario ran to its end time */
    public boolean complete() {
        return failure == null;
    }
}
