package org.ldnworkbench.core.internal.engine;

import org.ldnworkbench.core.mechanism.EventSource;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.mechanism.StateSpec;

/**
 * A compiled pipeline as flat arrays: the right-hand side reads only these, with no maps, boxing or allocation.
 * Signals are the values of all ports: output {@code k} of node {@code n} lives at {@code outOffset[n] + k}.
 * Immutable after construction and shared by all runs. Holds data only: {@link PlanBuilder} computes the layout,
 * the evaluation orders, the fan-out and the ranges.
 */
public final class Plan {
    final String[] nodeIds;
    final Mechanism[] mechanisms;
    final MechanismSpec[] specs;
    final double[][] parameters;
    /** Per node, per declared table, its rows. */
    final double[][][][] tables;
    final int[] stateOffset;
    final int[] stateCount;
    final String[][] stateNames;
    final String[][] outputNames;
    /** Per node and input: the signal index feeding it, or -1 for event inputs. */
    final int[][] inputSource;
    final int[] outOffset;
    final int signalCount;
    /** Continuous outputs in evaluation order (node, output index). */
    final int[] evalNode;
    final int[] evalOutput;
    /** The subset of the evaluation order that some input reads: all the right-hand side needs. */
    final int[] rhsEvalNode;
    final int[] rhsEvalOutput;
    /**
     * Node-level evaluation order, when one exists (no node needs one of its own outputs, directly or through
     * others, before computing another): slot i evaluates node {@code slotNode[i]}; its right-hand-side outputs are
     * {@code rhsSlotOutputs[rhsSlotStart[i] .. rhsSlotStart[i+1])}, all its outputs
     * {@code allSlotOutputs[allSlotStart[i] ..]}. Null when the per-output order must be used.
     */
    final int[] slotNode;
    final int[] rhsSlotStart;
    final int[] rhsSlotOutputs;
    final int[] allSlotStart;
    final int[] allSlotOutputs;
    /** Fan-out of each signal: destinations fanNode/fanInput[fanStart[s] .. fanStart[s+1]). */
    final int[] fanStart;
    final int[] fanNode;
    final int[] fanInput;
    /** Recorded columns: node and output index of each continuous output, in node order. */
    final int[] columnNode;
    final int[] columnOutput;
    final int stateTotal;
    /** Event sources: node index, and for each of its outputs the (node, input) targets. */
    final int[] sourceNodes;
    final int[][][] eventTargets;
    /**
     * Declared range of every state (index into the state vector) and of every recorded column, infinite where none
     * is declared: what {@link RunChecks} compares against, without looking anything up during the run.
     */
    final double[] stateMin;
    final double[] stateMax;
    final double[] columnMin;
    final double[] columnMax;
    /** Whether any state (any column) declares a range: when none does, its check costs one branch. */
    final boolean statesBounded;
    final boolean columnsBounded;

    /** Where each node's states and outputs live in the state vector and among the signals. */
    record Layout(int[] stateOffset, int[] stateCount, String[][] stateNames, int stateTotal, int[] outOffset,
            String[][] outputNames, int signalCount) {
    }

    /** Continuous outputs in an evaluation order, as (node, output index) pairs. */
    record Order(int[] node, int[] output) {
    }

    /**
     * A node-level order: slot i evaluates node {@code node[i]}; its right-hand-side outputs are
     * {@code rhsOutputs[rhsStart[i] .. rhsStart[i+1])}, all its outputs {@code allOutputs[allStart[i] ..]}.
     */
    record Slots(int[] node, int[] rhsStart, int[] rhsOutputs, int[] allStart, int[] allOutputs) {
    }

    /** The inputs each signal feeds: (node, input) pairs at {@code [start[s] .. start[s+1])}. */
    record FanOut(int[] start, int[] node, int[] input) {
    }

    /** Declared ranges of the states and the recorded columns, infinite where none is declared. */
    record Ranges(double[] stateMin, double[] stateMax, double[] columnMin, double[] columnMax, boolean statesBounded,
            boolean columnsBounded) {
    }

    /** Built by {@link PlanBuilder}, which does all the graph work; this only keeps its results. */
    Plan(String[] nodeIds, MechanismSpec[] specs, Mechanism[] mechanisms, double[][] parameters, double[][][][] tables,
            int[][] inputSource, Layout layout, Order all, Order rhs, Slots slots, FanOut fanOut, int[] columnNode,
            int[] columnOutput, int[] sourceNodes, int[][][] eventTargets, Ranges ranges) {
        this.nodeIds = nodeIds;
        this.specs = specs;
        this.mechanisms = mechanisms;
        this.parameters = parameters;
        this.tables = tables;
        this.inputSource = inputSource;
        this.stateOffset = layout.stateOffset();
        this.stateCount = layout.stateCount();
        this.stateNames = layout.stateNames();
        this.stateTotal = layout.stateTotal();
        this.outOffset = layout.outOffset();
        this.outputNames = layout.outputNames();
        this.signalCount = layout.signalCount();
        this.evalNode = all.node();
        this.evalOutput = all.output();
        this.rhsEvalNode = rhs.node();
        this.rhsEvalOutput = rhs.output();
        this.slotNode = slots == null ? null : slots.node();
        this.rhsSlotStart = slots == null ? null : slots.rhsStart();
        this.rhsSlotOutputs = slots == null ? null : slots.rhsOutputs();
        this.allSlotStart = slots == null ? null : slots.allStart();
        this.allSlotOutputs = slots == null ? null : slots.allOutputs();
        this.fanStart = fanOut.start();
        this.fanNode = fanOut.node();
        this.fanInput = fanOut.input();
        this.columnNode = columnNode;
        this.columnOutput = columnOutput;
        this.sourceNodes = sourceNodes;
        this.eventTargets = eventTargets;
        this.stateMin = ranges.stateMin();
        this.stateMax = ranges.stateMax();
        this.columnMin = ranges.columnMin();
        this.columnMax = ranges.columnMax();
        this.statesBounded = ranges.statesBounded();
        this.columnsBounded = ranges.columnsBounded();
    }

    /** @return the node owning entry {@code i} of the state vector */
    int stateNode(int i) {
        int n = 0;
        while (n + 1 < stateOffset.length && stateOffset[n + 1] <= i) {
            n++;
        }
        return n;
    }

    /** @return the declaration of entry {@code i} of the state vector */
    StateSpec stateSpec(int i) {
        int n = stateNode(i);
        return specs[n].states().get(i - stateOffset[n]);
    }

    /** @return the declaration of recorded column {@code c} */
    PortSpec columnSpec(int c) {
        return specs[columnNode[c]].outputs().get(columnOutput[c]);
    }

    public int nodeCount() {
        return nodeIds.length;
    }

    public int stateTotal() {
        return stateTotal;
    }

    public int columnCount() {
        return columnNode.length;
    }

    public String nodeId(int n) {
        return nodeIds[n];
    }

    /** @return a copy of the resolved parameter values of node {@code n}, in the mechanism's declaration order */
    public double[] parameterValues(int n) {
        return parameters[n].clone();
    }

    /** @return the name of parameter {@code k} of node {@code n}, in the mechanism's declaration order */
    public String parameterName(int n, int k) {
        return specs[n].parameters().get(k).name();
    }

    /** @return the id of the mechanism node {@code n} runs */
    public String mechanismId(int n) {
        return specs[n].id();
    }

    /** @return the symbolic name of the bundle that contributed the mechanism node {@code n} runs */
    public String contributor(int n) {
        return specs[n].contributor();
    }

    /**
     * @return the resolved value of a parameter of the first node running the given mechanism
     * @throws IllegalArgumentException when no node runs it or it has no such parameter
     */
    public double parameter(String mechanismId, String name) {
        for (int n = 0; n < nodeIds.length; n++) {
            if (specs[n].id().equals(mechanismId)) {
                int k = specs[n].parameterIndex(name);
                if (k < 0) {
                    throw new IllegalArgumentException(mechanismId + " has no parameter " + name);
                }
                return parameters[n][k];
            }
        }
        throw new IllegalArgumentException("no node runs " + mechanismId);
    }

    /** @return the initial state vector for this plan's parameters */
    public double[] initialState() {
        return initialState(new CallSlot(), 0);
    }

    /**
     * @param calls where each mechanism call is marked for the watchdog
     * @param start the simulated time of the start, for the watchdog's report
     * @return the initial state vector for this plan's parameters
     */
    public double[] initialState(CallSlot calls, double start) {
        calls.begin(start);
        try {
            return initialStateMarked(calls);
        } finally {
            calls.end();
        }
    }

    private double[] initialStateMarked(CallSlot calls) {
        double[] y = new double[stateTotal];
        for (int n = 0; n < nodeIds.length; n++) {
            if (stateCount[n] > 0) {
                double[] x0 = new double[stateCount[n]];
                calls.at(CallSlot.call(n, CallSlot.INITIAL_STATE));
                try {
                    mechanisms[n].initialState(parameters[n], x0);
                } catch (RuntimeException e) {
                    throw new MechanismFailureException(n, "computing its initial state", Double.NaN, e);
                }
                System.arraycopy(x0, 0, y, stateOffset[n], stateCount[n]);
            }
        }
        return y;
    }

    /**
     * Collects the schedule of every event source, mapped to the inputs it feeds.
     *
     * @throws RunCheckException when the sources emit more than {@link EventSchedule#MAX_EVENTS} events in all
     */
    public EventSchedule schedule(double start, double end) {
        return schedule(start, end, new CallSlot());
    }

    /**
     * As {@link #schedule(double, double)}, marking each source's call in {@code calls} for the watchdog.
     *
     * @throws RunCheckException when the sources emit more than {@link EventSchedule#MAX_EVENTS} events in all
     */
    public EventSchedule schedule(double start, double end, CallSlot calls) {
        calls.begin(start);
        try {
            return scheduleMarked(start, end, calls);
        } finally {
            calls.end();
        }
    }

    private EventSchedule scheduleMarked(double start, double end, CallSlot calls) {
        EventSchedule.Builder b = new EventSchedule.Builder();
        long[] emitted = { 0 };
        for (int s = 0; s < sourceNodes.length; s++) {
            int node = sourceNodes[s];
            int[][][] targets = eventTargets;
            EventSource src = (EventSource) mechanisms[node];
            calls.at(CallSlot.call(node, CallSlot.SCHEDULE));
            try {
                src.schedule(start, end, parameters[node], tables[node], (out, time, value) -> {
                    if (++emitted[0] > EventSchedule.MAX_EVENTS) {
                        throw new RunCheckException(node, "its events take the run past " + EventSchedule.MAX_EVENTS
                                + " events, the limit per run", start);
                    }
                    if (!Double.isFinite(time) || !Double.isFinite(value)) {
                        throw new NonFiniteValueException(node, "event on output " + out, time);
                    }
                    if (time < start || time > end) {
                        return;
                    }
                    int[] t = targets[node][out];
                    if (t == null) {
                        return;
                    }
                    for (int i = 0; i < t.length; i += 2) {
                        b.add(time, t[i], t[i + 1], value);
                    }
                });
            } catch (NonFiniteValueException | RunCheckException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new MechanismFailureException(node, "scheduling its events", start, e);
            }
        }
        return b.build();
    }
}
