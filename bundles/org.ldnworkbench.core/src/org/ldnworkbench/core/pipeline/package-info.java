/**
 * The pipeline model, as saved in {@code .ldnpipe} files: a {@link org.ldnworkbench.core.pipeline.Pipeline} of
 * {@link org.ldnworkbench.core.pipeline.Node}s wired by {@link org.ldnworkbench.core.pipeline.Connection}s between
 * {@link org.ldnworkbench.core.pipeline.PortRef}s, with {@link org.ldnworkbench.core.pipeline.SimulationSettings}
 * (including the {@link org.ldnworkbench.core.pipeline.Integrator}) and optional
 * {@link org.ldnworkbench.core.pipeline.Scenario}s; a {@link org.ldnworkbench.core.pipeline.ParameterLayer} sets
 * presets and values for one run from outside the file (the command line, a scan). {@link org.ldnworkbench.core.pipeline.PipelineFiles} reads and
 * writes the file format (described in {@code docs/PIPELINE-FORMAT.md}) and throws
 * {@link org.ldnworkbench.core.pipeline.PipelineFormatException}; {@link org.ldnworkbench.core.pipeline.Names}
 * holds the rules for ids, names and symbols.
 * <p>
 * For tools that build, edit, load or save pipelines; a mechanism plugin does not need it.
 * <p>
 * <b>Stable (API):</b> every public type and member. <b>Provisional:</b> the exact wording of the messages returned
 * by the {@code Names...Problem} checks and carried by {@code PipelineFormatException}.
 * <p>
 * <b>Threading:</b> {@code Pipeline}, {@code Node}, {@code Scenario} and {@code SimulationSettings} are mutable and
 * not thread-safe: confine each to one thread, or hand over a {@code copy()}. {@code Connection},
 * {@code PortRef} and {@code ParameterLayer} are immutable.
 *
 * @since 0.1
 */
package org.ldnworkbench.core.pipeline;
