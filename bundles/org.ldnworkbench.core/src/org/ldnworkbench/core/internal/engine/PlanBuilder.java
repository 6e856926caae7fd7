package org.ldnworkbench.core.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ldnworkbench.core.mechanism.EventSource;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PortSpec;

/** Turns the compiler's checked tables into a {@link Plan}. */
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

    /**
     * @param eventTargets per source node: {output, target node, target input} triples
     */
    public PlanBuilder(String[] ids, MechanismSpec[] specs, Mechanism[] mechanisms, double[][] params,
            double[][][][] tables, int[][] inputSource, int[] evalNode, int[] evalOutput, Map<Integer, List<int[]>> eventTargets) {
        this.ids = ids;
        this.specs = specs;
        this.mechanisms = mechanisms;
        this.params = params;
        this.tables = tables;
        this.inputSource = inputSource;
        this.evalNode = evalNode;
        this.evalOutput = evalOutput;
        this.eventTargets = eventTargets;
    }

    public Plan build() {
        int n = ids.length;
        int[] stateCount = new int[n];
        int[] outputCount = new int[n];
        String[][] stateNames = new String[n][];
        String[][] outputNames = new String[n][];
        List<Integer> columnNode = new ArrayList<>();
        List<Integer> columnOutput = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        int[][][] targets = new int[n][][];
        for (int i = 0; i < n; i++) {
            stateCount[i] = specs[i].states().size();
            outputCount[i] = specs[i].outputs().size();
            stateNames[i] = specs[i].states().stream().map(s -> s.name()).toArray(String[]::new);
            outputNames[i] = new String[outputCount[i]];
            targets[i] = new int[outputCount[i]][];
            for (int k = 0; k < outputCount[i]; k++) {
                PortSpec op = specs[i].outputs().get(k);
                outputNames[i][k] = ids[i] + "." + op.name();
                if (!op.isEvent()) {
                    columnNode.add(i);
                    columnOutput.add(k);
                }
            }
            if (mechanisms[i] instanceof EventSource) {
                sources.add(i);
            }
            for (int[] t : eventTargets.getOrDefault(i, List.of())) {
                int[] old = targets[i][t[0]];
                int[] grown = old == null ? new int[2] : java.util.Arrays.copyOf(old, old.length + 2);
                grown[grown.length - 2] = t[1];
                grown[grown.length - 1] = t[2];
                targets[i][t[0]] = grown;
            }
        }
        boolean[][] feedthrough = new boolean[n][];
        for (int i = 0; i < n; i++) {
            int ins = specs[i].inputs().size();
            feedthrough[i] = new boolean[outputCount[i] * ins];
            for (int k = 0; k < outputCount[i]; k++) {
                for (String in : specs[i].outputs().get(k).feedthrough()) {
                    feedthrough[i][k * ins + specs[i].inputIndex(in)] = true;
                }
            }
        }
        return new Plan(ids.clone(), specs.clone(), mechanisms.clone(), params, tables, stateCount, stateNames, outputNames, inputSource,
                outputCount, evalNode, evalOutput, feedthrough, toArray(columnNode), toArray(columnOutput), toArray(sources),
                targets);
    }

    private static int[] toArray(List<Integer> l) {
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }
}
