package org.ldnworkbench.core.mechanism;

/**
 * The executable part of a mechanism, in the spirit of an FMI model-exchange unit. All arrays are indexed in the
 * declaration order of the mechanism's {@link MechanismSpec}: {@code x} states, {@code u} continuous inputs,
 * {@code p} parameters (resolved values, inside their ranges). Ports, continuous or event, are numbered by their
 * position among all inputs (outputs) of the spec; {@code u} has one slot per input, event inputs' slots unused.
 * <p>
 * Implementations hold no simulation state in fields: one instance serves every run of a compiled pipeline, from
 * several threads at once. {@link #derivatives} and {@link #output} are called millions of times and must not
 * allocate.
 *
 * @since 0.1
 */
public interface Mechanism {

    /**
     * Binds the implementation to its declaration, once, before any other call: look up indices by name here
     * ({@link MechanismSpec#requireParameter(String)} and friends), or, for the fastest code, index with constants
     * and check them against the declaration in one call per kind ({@link MechanismSpec#requireParameters(String...)}
     * and friends), so that a declaration out of step with the class is refused instead of computing wrong results.
     * <p>
     * The constructor and {@code bind} run on a thread of the engine, not the compiling caller's (thread-locals and
     * the context class loader are that thread's), and each must return within the mechanism timeout, as every
     * other call: one that does not fails the compilation with a problem of its node and quarantines the mechanism.
     *
     * @param spec the declaration read from plugin.xml
     * @throws MechanismException when the declaration lacks something the implementation needs
     * @since 0.1
     */
    default void bind(MechanismSpec spec) throws MechanismException {
        // nothing to bind
    }

    /**
     * Refuses a combination of values that each pass their declared checks but together make no sense (a lower
     * bound above an upper one), before any run, in the spirit of KNIME's {@code validateSettings}. The default
     * accepts everything.
     * <p>
     * <b>When:</b> the compiler calls it once per node for every run it checks or compiles
     * ({@code PipelineCompiler.validate}, {@code compile}, {@code ldnwb validate} and {@code run}), after
     * {@link #bind} and only when the pipeline has no other problem, so every value is known, within its declared
     * range and whole where declared, and every table row has its declared columns within their bounds. It is
     * called before {@link #initialState} or any other call of that run; a refusal is reported like any other
     * problem and nothing runs.
     * <p>
     * <b>Threading and cost:</b> as every other method, it may be called from several threads at once (a scan
     * compiles its runs in parallel) and must keep no state. It must be cheap and build nothing for the run: compare
     * values, read rows, throw. It runs on a thread of the engine and must return within the mechanism timeout, as
     * {@link #bind}.
     *
     * @param p the node's resolved parameter values, in declaration order (a copy)
     * @param tables per declared table, its rows (empty when the node sets none); do not change them
     * @throws InvalidSettingsException naming the parameters or tables involved and what must hold
     * @since 0.1
     */
    default void validate(double[] p, double[][][] tables) throws InvalidSettingsException {
        // every combination of valid values is valid
    }

    /**
     * Writes the initial state for the given parameters.
     *
     * @param p parameter values
     * @param x0 initial state to fill, length = number of states
     * @since 0.1
     */
    default void initialState(double[] p, double[] x0) {
        // no states
    }

    /**
     * Computes state derivatives.
     *
     * @param t time (h)
     * @param x states
     * @param u continuous inputs (current values)
     * @param p parameters
     * @param dx derivatives to fill
     * @since 0.1
     */
    default void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        // no states
    }

    /**
     * Computes one continuous output. It may read only the inputs it declares as direct feed-through; the others
     * may be stale when it is called.
     *
     * @param index output index among the mechanism's outputs
     * @param t time (h)
     * @param x states
     * @param u continuous inputs
     * @param p parameters
     * @return the output value
     * @since 0.1
     */
    default double output(int index, double t, double[] x, double[] u, double[] p) {
        throw new IllegalStateException("mechanism declares outputs but does not compute them");
    }

    /**
     * Applies a discrete event arriving on an event input, for example a dose adding to the gut amount.
     *
     * @param eventInput index of the event input among all inputs
     * @param value the event's value (for example mg)
     * @param x states, changed in place
     * @param p parameters
     * @since 0.1
     */
    default void applyEvent(int eventInput, double value, double[] x, double[] p) {
        throw new IllegalStateException("mechanism declares event inputs but does not apply events");
    }
}
