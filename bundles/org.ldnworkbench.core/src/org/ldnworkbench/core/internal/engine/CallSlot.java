package org.ldnworkbench.core.internal.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The mechanism call a run is making, for the {@link Watchdog} to see from its own thread; written by the run's
 * thread without allocating, locking or fencing, so that it can sit in the right-hand side.
 * <p>
 * Each evaluation of the pipeline (a right-hand side, the outputs at a time, an event, the initial state or the
 * schedule) is bracketed by {@link #begin} and {@link #end}, which move a counter (the <i>phase</i>: odd inside an
 * evaluation, even outside; a release store each, on x86 a plain move). A phase that stays odd and unchanged means
 * the evaluation has not come back: it does nothing but mechanism calls and copies, so a mechanism call is stuck.
 * Which one: the generated kernel (the usual right-hand side) names it by its methods on the stuck thread's stack
 * ({@link KernelGenerator#callIn}), at no cost per call; the generic kernel, events, the initial state and the
 * schedule store each call's code with {@link #at} (an opaque store).
 * <p>
 * The slot also carries the end of a run given up on ({@link #abandon}): the run's thread may come back from the
 * stuck call at any time, and must then never hand another sample to the caller's sink, which the caller has taken
 * over. A sample is handed over only between {@link #startWriting} and {@link #doneWriting}, a compare-and-set per
 * output time (not per right-hand side).
 */
public final class CallSlot {
    /** The kinds of call besides outputs (whose code is the output's index): the high end of 16 bits. */
    static final int DERIVATIVES = 0xFFFF;
    static final int EVENT = 0xFFFE;
    static final int INITIAL_STATE = 0xFFFD;
    static final int SCHEDULE = 0xFFFC;
    /** The outputs of a node, in generated code, which does not say which one ({@link KernelGenerator#callIn}). */
    static final int OUTPUTS = 0xFFFB;
    /**
     * No call named since the evaluation began: generated code names none in the slot, and the stuck thread's stack
     * should; if it does not (a stack deeper than the JVM reports), no mechanism is blamed.
     */
    static final int UNKNOWN = -1;

    private static final int IDLE = 0;
    private static final int WRITING = 1;
    private static final int ABANDONED = 2;
    private static final VarHandle PHASE;
    private static final VarHandle CALL;
    private static final VarHandle SINK;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            PHASE = l.findVarHandle(CallSlot.class, "phase", long.class);
            CALL = l.findVarHandle(CallSlot.class, "call", int.class);
            SINK = l.findVarHandle(CallSlot.class, "sink", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Written by the run's thread only; published through {@link #phase}. */
    private long count;
    private long phase;
    private int call;
    private double time;
    private int sink;

    /** @return the code of output {@code k} of node {@code node} */
    static int output(int node, int k) {
        return node << 16 | Math.min(k, OUTPUTS - 1);
    }

    /** @return the code of a call of kind {@link #DERIVATIVES}, {@link #EVENT}... of node {@code node} */
    static int call(int node, int kind) {
        return node << 16 | kind;
    }

    /** Starts an evaluation at simulated time {@code t}. */
    public void begin(double t) {
        count += 2;
        time = t;
        call = UNKNOWN;
        PHASE.setRelease(this, count - 1);
    }

    /**
     * Stores the mechanism call about to be made: a {@link #output} or {@link #call} code. An opaque store: a plain
     * one could, in principle, be kept from the watchdog for as long as the call that follows it runs.
     */
    public void at(int code) {
        CALL.setOpaque(this, code);
    }

    /** Ends the evaluation begun last. */
    public void end() {
        PHASE.setRelease(this, count);
    }

    /** @return the phase: odd while an evaluation runs (read by the watchdog) */
    long phase() {
        return (long) PHASE.getAcquire(this);
    }

    /** @return the code of the call in progress, valid while {@link #phase()} stays odd */
    int callCode() {
        return (int) CALL.getOpaque(this);
    }

    /** @return the simulated time of the evaluation in progress */
    double time() {
        return time;
    }

    /** @return the node of a call code, -1 for {@link #UNKNOWN} */
    static int node(int code) {
        return code == UNKNOWN ? -1 : code >>> 16;
    }

    /** @return what a call code calls, e.g. {@code computing derivatives}, for messages */
    static String what(int code, Plan plan) {
        if (code == UNKNOWN) {
            return "a call";
        }
        int n = node(code);
        switch (code & 0xFFFF) {
        case DERIVATIVES:
            return "computing derivatives";
        case EVENT:
            return "applying an event";
        case INITIAL_STATE:
            return "computing its initial state";
        case SCHEDULE:
            return "scheduling its events";
        case OUTPUTS:
            return "computing its outputs";
        default:
            int k = code & 0xFFFF;
            return k < plan.outputNames[n].length ? "computing output '" + plan.outputNames[n][k] + "'"
                    : "computing an output";
        }
    }

    /**
     * Called by the run's thread before it hands a sample to the sink.
     *
     * @return false when the run has been given up on: the sample must not be handed over
     */
    public boolean startWriting() {
        return SINK.compareAndSet(this, IDLE, WRITING);
    }

    /** Called by the run's thread once the sink has taken the sample. */
    public void doneWriting() {
        SINK.setRelease(this, IDLE);
    }

    /** @return whether the run has been given up on; its thread should stop at the next occasion */
    public boolean isAbandoned() {
        return (int) SINK.getVolatile(this) == ABANDONED;
    }

    /**
     * Gives the run up: from now on its thread hands no sample to the sink; waits for a sample being handed over
     * to be taken first, so that everything the sink holds afterwards is complete and visible to the caller.
     */
    void abandon() {
        while (!SINK.compareAndSet(this, IDLE, ABANDONED)) {
            if ((int) SINK.getVolatile(this) == ABANDONED) {
                return;
            }
            Thread.onSpinWait();
        }
    }
}
