package org.ldnworkbench.core.mechanism;

/**
 * A mechanism that emits discrete events on its event outputs (for example doses). The schedule is computed once
 * per run from the parameters; the simulator integrates piecewise between event times and never steps over one.
 *
 * @since 0.1
 */
public interface EventSource {

    /**
     * Receives the events of a schedule.
     *
     * @noimplement This interface is not intended to be implemented by clients; the simulator passes one to
     *              {@link EventSource#schedule}.
     * @since 0.1
     */
    @FunctionalInterface
    interface Sink {
        /**
         * @param eventOutput index of the event output among all outputs of the mechanism
         * @param time event time (h)
         * @param value event value in the port's unit
         * @since 0.1
         */
        void emit(int eventOutput, double time, double value);
    }

    /**
     * Emits every event with start &lt;= time &lt;= end.
     *
     * @param start run start (h)
     * @param end run end (h)
     * @param p parameter values
     * @param sink receiver of the events
     * @since 0.1
     */
    void schedule(double start, double end, double[] p, Sink sink);

    /**
     * Emits every event with start &lt;= time &lt;= end, given also the node's table parameters. The default ignores
     * the tables; sources that declare tables override this.
     *
     * @param tables per declared table (index as in the spec), its rows; an absent table has no rows
     * @since 0.1
     */
    default void schedule(double start, double end, double[] p, double[][][] tables, Sink sink) {
        schedule(start, end, p, sink);
    }
}
