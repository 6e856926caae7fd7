/**
 * Result files: {@link org.ldnworkbench.core.results.TimeseriesCsv} writes a run's outputs as CSV and
 * {@link org.ldnworkbench.core.results.SummaryJson} writes run summaries as JSON (format
 * {@value org.ldnworkbench.core.results.SummaryJson#FORMAT}).
 * <p>
 * For tools that save results; a mechanism plugin does not need it.
 * <p>
 * <b>Stable (API):</b> the public methods, and the file formats as versioned by their format string (a change
 * that breaks readers of a file gets a new format string). <b>Provisional:</b> {@code SummaryJson.Override}, the
 * description of command-line overrides in a summary.
 * <p>
 * <b>Threading:</b> the classes are stateless; each call writes on the calling thread.
 *
 * @since 0.1
 */
package org.ldnworkbench.core.results;
