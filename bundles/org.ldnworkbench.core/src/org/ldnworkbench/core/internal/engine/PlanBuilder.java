package org.ldnworkbench.core.internal.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ldnworkbench.core.mechanism.EventSource;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.mechanism.ValueRange;

/**
 * Turns the compiler's checked tables into a {@link Plan}, doing the graph work the plan only keeps: where states
 * and outputs live ({@link #layout()}), which inputs each signal feeds ({@link #fanOut}), which outputs the
 * right-hand side needs ({@link #rhsOrder}), a node-level evaluation order where one exists ({@link #slots}), and
 * the declared ranges ({@link #ranges}).
 */
public final class PlanBuilder {
    private final String[] ids;
    private final MechanismSpec[] specs;
    private final Mechanism[] mechanisms;
    private final double[][] params;
    private final double[][][][] tables;
    private final int[][] inputSource;
    private final int[] evalNode;
    private final int[] evalOutput;
    private final Map<Integer, List<int[]>> eventTargets;
    private final int[] outputCount;

    /**
     * @param inputSource per node and input: the signal feeding it, or -1 (event inputs)
     * @param evalNode continuous outputs in evaluation order: their nodes
     * @param evalOutput and their output indices
     * @param eventTargets per source node: {output, target node, target input} triples
     */
    public PlanBuilder(String[] ids, MechanismSpec[] specs, Mechanism[] mechanisms, double[][] params,
            double[][][][] tables, int[][] inputSource, int[] evalNode, int[] evalOutput,
            Map<Integer, List<int[]>> eventTargets) {
        this.ids = ids;
        this.specs = specs;
        this.mechanisms = mechanisms;
        this.params = params;
        this.tables = tables;
        this.inputSource = inputSource;
        this.evalNode = evalNode;
        this.evalOutput = evalOutput;
        this.eventTargets = eventTargets;
        this.outputCount = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            outputCount[i] = specs[i].outputs().size();
        }
    }

    public Plan build() {
        Plan.Layout layout = layout();
        Plan.Order all = new Plan.Order(evalNode, evalOutput);
        Plan.Order rhs = rhsOrder(consumed(layout.signalCount()), layout.outOffset());
        int[][] columns = columns();
        return new Plan(ids.clone(), specs.clone(), mechanisms.clone(), params, tables, inputSource, layout, all, rhs,
                slots(all, rhs, layout.outOffset()), fanOut(layout.signalCount()), columns[0], columns[1],
                eventSources(), eventTargets(), ranges(layout.stateOffset(), columns[0], columns[1]));
    }

    /** @return the offsets of each node's states in the state vector and of its outputs among the signals */
    private Plan.Layout layout() {
        int n = ids.length;
        int[] stateOffset = new int[n];
        int[] stateCount = new int[n];
        int[] outOffset = new int[n];
        String[][] stateNames = new String[n][];
        String[][] outputNames = new String[n][];
        int s = 0;
        int o = 0;
        for (int i = 0; i < n; i++) {
            stateCount[i] = specs[i].states().size();
            stateNames[i] = specs[i].states().stream().map(st -> st.name()).toArray(String[]::new);
            outputNames[i] = new String[outputCount[i]];
            for (int k = 0; k < outputCount[i]; k++) {
                outputNames[i][k] = ids[i] + "." + specs[i].outputs().get(k).name();
            }
            stateOffset[i] = s;
            s += stateCount[i];
            outOffset[i] = o;
            o += outputCount[i];
        }
        return new Plan.Layout(stateOffset, stateCount, stateNames, s, outOffset, outputNames, o);
    }

    /** @return per signal, whether some input reads it */
    private boolean[] consumed(int signals) {
        boolean[] consumed = new boolean[signals];
        for (int[] sources : inputSource) {
            for (int src : sources) {
                if (src >= 0) {
                    consumed[src] = true;
                }
            }
        }
        return consumed;
    }

    /** @return the inputs each signal feeds, grouped by signal, in node and input order */
    private Plan.FanOut fanOut(int signals) {
        int[] start = new int[signals + 1];
        for (int[] sources : inputSource) {
            for (int src : sources) {
                if (src >= 0) {
                    start[src + 1]++;
                }
            }
        }
        for (int i = 0; i < signals; i++) {
            start[i + 1] += start[i];
        }
        int[] node = new int[start[signals]];
        int[] input = new int[start[signals]];
        int[] fill = Arrays.copyOf(start, signals);
        for (int n = 0; n < inputSource.length; n++) {
            for (int k = 0; k < inputSource[n].length; k++) {
                int src = inputSource[n][k];
                if (src >= 0) {
                    node[fill[src]] = n;
                    input[fill[src]++] = k;
                }
            }
        }
        return new Plan.FanOut(start, node, input);
    }

    /** @return the subset of the evaluation order that some input reads: all the right-hand side needs */
    private Plan.Order rhsOrder(boolean[] consumed, int[] outOffset) {
        int needed = 0;
        for (int i = 0; i < evalNode.length; i++) {
            needed += consumed[outOffset[evalNode[i]] + evalOutput[i]] ? 1 : 0;
        }
        int[] node = new int[needed];
        int[] output = new int[needed];
        for (int i = 0, j = 0; i < evalNode.length; i++) {
            if (consumed[outOffset[evalNode[i]] + evalOutput[i]]) {
                node[j] = evalNode[i];
                output[j++] = evalOutput[i];
            }
        }
        return new Plan.Order(node, output);
    }

    /**
     * @return a node-level order serving both the right-hand side and all outputs (the right-hand side's outputs are
     *         a subset of all outputs), or null when a node needs one of its own outputs, directly or through others,
     *         before computing another and the per-output order must be used
     */
    private Plan.Slots slots(Plan.Order all, Plan.Order rhs, int[] outOffset) {
        boolean[][] feedthrough = feedthrough();
        int[][] rhsSlots = nodeOrder(rhs, outOffset, feedthrough);
        int[][] allSlots = nodeOrder(all, outOffset, feedthrough);
        if (rhsSlots == null || allSlots == null) {
            return null;
        }
        int[] slotNode = allSlots[0];
        int[] rhsStart = new int[slotNode.length + 1];
        int[] outs = new int[rhs.node().length];
        int w = 0;
        for (int slot = 0; slot < slotNode.length; slot++) {
            rhsStart[slot] = w;
            for (int e = 0; e < rhs.node().length; e++) {
                if (rhs.node()[e] == slotNode[slot]) {
                    outs[w++] = rhs.output()[e];
                }
            }
        }
        rhsStart[slotNode.length] = w;
        return new Plan.Slots(slotNode, rhsStart, outs, allSlots[1], allSlots[2]);
    }

    /** @return per node, whether output k reads input j directly, at {@code [k * inputs + j]} */
    private boolean[][] feedthrough() {
        boolean[][] feedthrough = new boolean[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            int ins = specs[i].inputs().size();
            feedthrough[i] = new boolean[outputCount[i] * ins];
            for (int k = 0; k < outputCount[i]; k++) {
                for (String in : specs[i].outputs().get(k).feedthrough()) {
                    feedthrough[i][k * ins + specs[i].inputIndex(in)] = true;
                }
            }
        }
        return feedthrough;
    }

    /**
     * Orders the nodes topologically by the direct reads of the given outputs (Kahn's algorithm).
     *
     * @return [slotNode, start, outputs] for the given output subset, or null when no node-level order exists
     */
    private int[][] nodeOrder(Plan.Order order, int[] outOffset, boolean[][] reads) {
        int n = outputCount.length;
        int total = Arrays.stream(outputCount).sum();
        int[] sigNode = new int[total];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < outputCount[i]; k++) {
                sigNode[outOffset[i] + k] = i;
            }
        }
        boolean[][] edge = new boolean[n][n];
        int[] indeg = new int[n];
        for (int e = 0; e < order.node().length; e++) {
            int b = order.node()[e];
            for (int in = 0; in < inputSource[b].length; in++) {
                int src = inputSource[b][in];
                if (src < 0 || !reads[b][order.output()[e] * inputSource[b].length + in]) {
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
        int[] nodes = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (indeg[i] == 0) {
                nodes[tail++] = i;
            }
        }
        while (head < tail) {
            int a = nodes[head++];
            for (int b = 0; b < n; b++) {
                if (edge[a][b] && --indeg[b] == 0) {
                    nodes[tail++] = b;
                }
            }
        }
        if (tail < n) {
            return null;
        }
        int[] start = new int[n + 1];
        int[] outs = new int[order.node().length];
        int w = 0;
        for (int slot = 0; slot < n; slot++) {
            start[slot] = w;
            for (int e = 0; e < order.node().length; e++) {
                if (order.node()[e] == nodes[slot]) {
                    outs[w++] = order.output()[e];
                }
            }
        }
        start[n] = w;
        return new int[][] { nodes, start, outs };
    }

    /** @return [node, output] of every continuous output, the recorded columns, in node order */
    private int[][] columns() {
        List<Integer> node = new ArrayList<>();
        List<Integer> output = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            for (int k = 0; k < outputCount[i]; k++) {
                if (!specs[i].outputs().get(k).isEvent()) {
                    node.add(i);
                    output.add(k);
                }
            }
        }
        return new int[][] { toArray(node), toArray(output) };
    }

    /** @return the nodes whose mechanisms emit events */
    private int[] eventSources() {
        List<Integer> sources = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (mechanisms[i] instanceof EventSource) {
                sources.add(i);
            }
        }
        return toArray(sources);
    }

    /** @return per node and output, the (node, input) pairs its events go to, flattened; null where none */
    private int[][][] eventTargets() {
        int[][][] targets = new int[ids.length][][];
        for (int i = 0; i < ids.length; i++) {
            targets[i] = new int[outputCount[i]][];
            for (int[] t : eventTargets.getOrDefault(i, List.of())) {
                int[] old = targets[i][t[0]];
                int[] grown = old == null ? new int[2] : Arrays.copyOf(old, old.length + 2);
                grown[grown.length - 2] = t[1];
                grown[grown.length - 1] = t[2];
                targets[i][t[0]] = grown;
            }
        }
        return targets;
    }

    /** @return the declared range of every state and every recorded column */
    private Plan.Ranges ranges(int[] stateOffset, int[] columnNode, int[] columnOutput) {
        int states = 0;
        for (MechanismSpec spec : specs) {
            states += spec.states().size();
        }
        double[] stateMin = new double[states];
        double[] stateMax = new double[states];
        boolean anyState = false;
        for (int i = 0; i < ids.length; i++) {
            for (int k = 0; k < specs[i].states().size(); k++) {
                ValueRange r = specs[i].states().get(k).range();
                stateMin[stateOffset[i] + k] = r.min();
                stateMax[stateOffset[i] + k] = r.max();
                anyState |= r.isBounded();
            }
        }
        double[] columnMin = new double[columnNode.length];
        double[] columnMax = new double[columnNode.length];
        boolean anyColumn = false;
        for (int c = 0; c < columnNode.length; c++) {
            PortSpec out = specs[columnNode[c]].outputs().get(columnOutput[c]);
            columnMin[c] = out.range().min();
            columnMax[c] = out.range().max();
            anyColumn |= out.range().isBounded();
        }
        return new Plan.Ranges(stateMin, stateMax, columnMin, columnMax, anyState, anyColumn);
    }

    private static int[] toArray(List<Integer> l) {
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }
}
