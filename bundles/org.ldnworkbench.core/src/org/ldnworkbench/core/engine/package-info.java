/**
 * Compiling and running pipelines: {@link org.ldnworkbench.core.engine.PipelineCompiler} checks a
 * {@link org.ldnworkbench.core.pipeline.Pipeline} against a {@link org.ldnworkbench.core.engine.MechanismCatalog}
 * and produces one {@link org.ldnworkbench.core.engine.CompiledPipeline} per scenario, or a
 * {@link org.ldnworkbench.core.engine.CompileException} listing every
 * {@link org.ldnworkbench.core.engine.Problem}; {@link org.ldnworkbench.core.engine.Simulator} runs a compiled
 * pipeline into a {@link org.ldnworkbench.core.engine.SimulationResult}, or streams it into an
 * {@link org.ldnworkbench.core.engine.OutputSink}, and reports a failed run as a
 * {@link org.ldnworkbench.core.engine.SimulationException} carrying time, node and the partial result. A run
 * cancelled through its monitor throws {@code OperationCanceledException}, from which
 * {@link org.ldnworkbench.core.engine.Simulator#partialResult Simulator.partialResult} gives the samples up to then.
 * <p>
 * This package is for tools that drive the engine (the workbench, the command line, plain-Java programs). A
 * mechanism plugin does not need it. Clients call these types; they implement only {@code OutputSink}.
 * {@code MechanismCatalog} is implemented by {@code org.ldnworkbench.core.registry}.
 * <p>
 * <b>Stable (API):</b> every public type and member. No internal type is reachable from them.
 * <p>
 * <b>Threading:</b> a {@code CompiledPipeline} is immutable and may be run any number of times, from several
 * threads at once. Each run executes on a thread of the engine while the calling thread waits for it (so that a
 * mechanism call that never returns can be left behind: see {@code Simulator.mechanismTimeout()}); with the timeout
 * set to zero, on the calling thread. An {@code OutputSink} is called on the run's thread, one point after the
 * other, never after the run has returned or thrown, and the array it receives is reused for the next point. A
 * {@code SimulationResult} is not copied: do not change the arrays it returns.
 *
 * @since 0.1
 */
package org.ldnworkbench.core.engine;
