package org.ldnworkbench.core.internal.engine;

import org.ldnworkbench.core.mechanism.EventSource;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.mechanism.StateSpec;
import org.ldnworkbench.core.mechanism.ValueRange;

/**
 * A compiled pipeline as flat arrays: the right-hand side reads only these, with no maps, boxing or allocation.
 * Signals are the values of all ports: output {@code k} of node {@code n} lives at {@code outOffset[n] + k}.
 * Immutable after construction and shared by all runs.
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

    Plan(String[] nodeIds, MechanismSpec[] specs, Mechanism[] mechanisms, double[][] parameters, double[][][][] tables, int[] stateCount, String[][] stateNames,
            String[][] outputNames, int[][] inputSource, int[] outputCount, int[] evalNode, int[] evalOutput, boolean[][] feedthrough, int[] columnNode,
            int[] columnOutput, int[] sourceNodes, int[][][] eventTargets) {
        this.nodeIds = nodeIds;
        this.mechanisms = mechanisms;
        this.tables = tables;
        this.specs = specs;
        this.parameters = parameters;
        this.stateCount = stateCount;
        this.stateNames = stateNames;
        this.outputNames = outputNames;
        this.inputSource = inputSource;
        this.evalNode = evalNode;
        this.evalOutput = evalOutput;
        boolean[] consumed = new boolean[outputCount.length == 0 ? 0 : java.util.Arrays.stream(outputCount).sum()];
        int[] offsets = new int[nodeIds.length];
        for (int i = 1; i < nodeIds.length; i++) {
            offsets[i] = offsets[i - 1] + outputCount[i - 1];
        }
        for (int[] sources : inputSource) {
            for (int src : sources) {
                if (src >= 0) {
                    consumed[src] = true;
                }
            }
        }
        int signals = consumed.length;
        this.fanStart = new int[signals + 1];
        for (int[] sources : inputSource) {
            for (int src : sources) {
                if (src >= 0) {
                    fanStart[src + 1]++;
                }
            }
        }
        for (int i = 0; i < signals; i++) {
            fanStart[i + 1] += fanStart[i];
        }
        this.fanNode = new int[fanStart[signals]];
        this.fanInput = new int[fanStart[signals]];
        int[] fill = java.util.Arrays.copyOf(fanStart, signals);
        for (int n = 0; n < inputSource.length; n++) {
            for (int k = 0; k < inputSource[n].length; k++) {
                int src = inputSource[n][k];
                if (src >= 0) {
                    fanNode[fill[src]] = n;
                    fanInput[fill[src]++] = k;
                }
            }
        }
        int needed = 0;
        for (int i = 0; i < evalNode.length; i++) {
            needed += consumed[offsets[evalNode[i]] + evalOutput[i]] ? 1 : 0;
        }
        this.rhsEvalNode = new int[needed];
        this.rhsEvalOutput = new int[needed];
        for (int i = 0, j = 0; i < evalNode.length; i++) {
            if (consumed[offsets[evalNode[i]] + evalOutput[i]]) {
                rhsEvalNode[j] = evalNode[i];
                rhsEvalOutput[j++] = evalOutput[i];
            }
        }
        int[][] rhsSlots = slots(rhsEvalNode, rhsEvalOutput, inputSource, offsets, outputCount, feedthrough);
        int[][] allSlots = slots(evalNode, evalOutput, inputSource, offsets, outputCount, feedthrough);
        if (rhsSlots == null || allSlots == null) {
            slotNode = null;
            rhsSlotStart = null;
            rhsSlotOutputs = null;
            allSlotStart = null;
            allSlotOutputs = null;
        } else {
            // one node order serves both: the right-hand side's outputs are a subset of all outputs
            slotNode = allSlots[0];
            allSlotStart = allSlots[1];
            allSlotOutputs = allSlots[2];
            rhsSlotStart = new int[slotNode.length + 1];
            int[] outs = new int[rhsEvalNode.length];
            int w = 0;
            for (int slot = 0; slot < slotNode.length; slot++) {
                rhsSlotStart[slot] = w;
                for (int e = 0; e < rhsEvalNode.length; e++) {
                    if (rhsEvalNode[e] == slotNode[slot]) {
                        outs[w++] = rhsEvalOutput[e];
                    }
                }
            }
            rhsSlotStart[slotNode.length] = w;
            rhsSlotOutputs = outs;
        }
        this.columnNode = columnNode;
        this.columnOutput = columnOutput;
        this.sourceNodes = sourceNodes;
        this.eventTargets = eventTargets;
        int n = nodeIds.length;
        this.stateOffset = new int[n];
        this.outOffset = new int[n];
        int s = 0;
        int o = 0;
        for (int i = 0; i < n; i++) {
            stateOffset[i] = s;
            s += stateCount[i];
            outOffset[i] = o;
            o += outputCount[i];
        }
        this.stateTotal = s;
        this.signalCount = o;
        this.stateMin = new double[s];
        this.stateMax = new double[s];
        boolean anyState = false;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < stateCount[i]; k++) {
                ValueRange r = specs[i].states().get(k).range();
                stateMin[stateOffset[i] + k] = r.min();
                stateMax[stateOffset[i] + k] = r.max();
                anyState |= r.isBounded();
            }
        }
        this.columnMin = new double[columnNode.length];
        this.columnMax = new double[columnNode.length];
        boolean anyColumn = false;
        for (int c = 0; c < columnNode.length; c++) {
            ValueRange r = specs[columnNode[c]].outputs().get(columnOutput[c]).range();
            columnMin[c] = r.min();
            columnMax[c] = r.max();
            anyColumn |= r.isBounded();
        }
        this.statesBounded = anyState;
        this.columnsBounded = anyColumn;
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

    /** @return [slotNode, start, outputs] for the given output subset, or null when no node-level order exists */
    private static int[][] slots(int[] evalNode, int[] evalOutput, int[][] inputSource, int[] offsets,
            int[] outputCount, boolean[][] reads) {
        int n = outputCount.length;
        int total = java.util.Arrays.stream(outputCount).sum();
        int[] sigNode = new int[total];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < outputCount[i]; k++) {
                sigNode[offsets[i] + k] = i;
            }
        }
        boolean[][] edge = new boolean[n][n];
        int[] indeg = new int[n];
        for (int e = 0; e < evalNode.length; e++) {
            int b = evalNode[e];
            for (int in = 0; in < inputSource[b].length; in++) {
                int src = inputSource[b][in];
                if (src < 0 || !reads[b][evalOutput[e] * inputSource[b].length + in]) {
                    continue;
                }
                int a = sigNode[src];
                if (a == b) {
                    return null;
                }
                if (!edge[a][b]) {
                    edge[a][b] = true;
                    indeg[b]++;
                }
            }
        }
        int[] order = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (indeg[i] == 0) {
                order[tail++] = i;
            }
        }
        while (head < tail) {
            int a = order[head++];
            for (int b = 0; b < n; b++) {
                if (edge[a][b] && --indeg[b] == 0) {
                    order[tail++] = b;
                }
            }
        }
        if (tail < n) {
            return null;
        }
        int[] start = new int[n + 1];
        int[] outs = new int[evalNode.length];
        int w = 0;
        for (int slot = 0; slot < n; slot++) {
            start[slot] = w;
            for (int e = 0; e < evalNode.length; e++) {
                if (evalNode[e] == order[slot]) {
                    outs[w++] = evalOutput[e];
                }
            }
        }
        start[n] = w;
        return new int[][] { order, start, outs };
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

    /** @return the id of the mechanism node {@code n} runs */
    public String mechanismId(int n) {
        return specs[n].id();
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
        double[] y = new double[stateTotal];
        for (int n = 0; n < nodeIds.length; n++) {
            if (stateCount[n] > 0) {
                double[] x0 = new double[stateCount[n]];
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
        EventSchedule.Builder b = new EventSchedule.Builder();
        long[] emitted = { 0 };
        for (int s = 0; s < sourceNodes.length; s++) {
            int node = sourceNodes[s];
            int[][][] targets = eventTargets;
            EventSource src = (EventSource) mechanisms[node];
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
