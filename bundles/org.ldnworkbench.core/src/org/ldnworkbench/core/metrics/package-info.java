/**
 * Reductions of run outputs: {@link org.ldnworkbench.core.metrics.RunSummary} (statistics per output over the run
 * and per day, and the metrics declared by mechanisms), built by {@link org.ldnworkbench.core.metrics.StreamingSummary}
 * while a run streams, from {@link org.ldnworkbench.core.metrics.PeriodStats} and the series reductions of
 * {@link org.ldnworkbench.core.metrics.Series}; and {@link org.ldnworkbench.core.metrics.ParameterScan}, which runs
 * a pipeline for many values of one parameter and keeps only the declared metrics.
 * <p>
 * For tools that evaluate runs; a mechanism plugin declares its metrics in plugin.xml and does not need this
 * package.
 * <p>
 * <b>Stable (API):</b> every public type and member; {@code PeriodStats} and {@code RunSummary.OutputSummary} are
 * records this package makes, not to be made by clients. <b>Provisional:</b> the records nested in
 * {@code ParameterScan} ({@code Metric}, {@code Result}) may gain components in a minor release.
 * <p>
 * <b>Threading:</b> a {@code StreamingSummary} belongs to one run (it is the run's {@code OutputSink}); create one
 * per run. {@code ParameterScan.run} compiles and runs on its own worker threads and returns when all are done.
 * {@code Series} is stateless.
 *
 * @since 0.1
 */
package org.ldnworkbench.core.metrics;
