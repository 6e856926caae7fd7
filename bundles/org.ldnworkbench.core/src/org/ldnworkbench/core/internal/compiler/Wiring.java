package org.ldnworkbench.core.internal.compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PortRef;

/**
 * The wiring step: each connection checked (nodes and ports exist, kinds and units match, one source per
 * continuous input) and recorded. Signals are the values of all outputs: output {@code k} of node {@code n} is signal
 * {@code outOffset[n] + k}.
 *
 * @param inputSource per node and input: the signal feeding it, or -1 (unconnected, or an event input); null for
 *        nodes of unknown mechanisms
 * @param outOffset per node, the signal of its first output
 * @param signalCount the number of signals
 * @param eventTargets per source node: {output, target node, target input} triples
 */
public record Wiring(int[][] inputSource, int[] outOffset, int signalCount, Map<Integer, List<int[]>> eventTargets) {

    static Wiring connect(Pipeline pipeline, NodeTable table, List<Problem> problems) {
        MechanismSpec[] specs = table.specs();
        int n = table.size();
        int[][] inputSource = new int[n][];
        PortRef[][] inputFrom = new PortRef[n][];
        for (int i = 0; i < n; i++) {
            if (specs[i] != null) {
                inputSource[i] = new int[specs[i].inputs().size()];
                Arrays.fill(inputSource[i], -1);
                inputFrom[i] = new PortRef[specs[i].inputs().size()];
            }
        }
        int[] outOffset = new int[n];
        int off = 0;
        for (int i = 0; i < n; i++) {
            outOffset[i] = off;
            off += specs[i] == null ? 0 : specs[i].outputs().size();
        }
        Map<Integer, List<int[]>> eventTargets = new HashMap<>();
        List<Connection> cons = pipeline.connections();
        for (int c = 0; c < cons.size(); c++) {
            Connection con = cons.get(c);
            String field = "connections[" + c + "] " + con;
            Integer from = table.index().get(con.from().node());
            Integer to = table.index().get(con.to().node());
            if (from == null || to == null) {
                problems.add(new Problem("", field, "no node '" + (from == null ? con.from().node()
                        : con.to().node()) + "'"));
                continue;
            }
            if (specs[from] == null || specs[to] == null) {
                continue;
            }
            int o = specs[from].outputIndex(con.from().port());
            int in = specs[to].inputIndex(con.to().port());
            if (!portsMatch(con, field, specs[from], o, specs[to], in, problems)) {
                continue;
            }
            if (specs[from].outputs().get(o).isEvent()) {
                eventTargets.computeIfAbsent(from, k -> new ArrayList<>()).add(new int[] { o, to, in });
                continue;
            }
            if (inputFrom[to][in] != null) {
                problems.add(new Problem(con.to().node(), field, "input '" + con.to().port()
                        + "' is already connected from " + inputFrom[to][in]));
                continue;
            }
            inputFrom[to][in] = con.from();
            inputSource[to][in] = outOffset[from] + o;
        }
        return new Wiring(inputSource, outOffset, off, eventTargets);
    }

    /** @return whether both ports exist and the output's kind and unit are the input's; reports what does not fit */
    private static boolean portsMatch(Connection con, String field, MechanismSpec from, int o, MechanismSpec to,
            int in, List<Problem> problems) {
        if (o < 0) {
            problems.add(new Problem(con.from().node(), field, "mechanism " + from.id() + " has no output '"
                    + con.from().port() + "' (outputs: " + names(from.outputs()) + ")"));
        }
        if (in < 0) {
            problems.add(new Problem(con.to().node(), field, "mechanism " + to.id() + " has no input '"
                    + con.to().port() + "' (inputs: " + names(to.inputs()) + ")"));
        }
        if (o < 0 || in < 0) {
            return false;
        }
        PortSpec op = from.outputs().get(o);
        PortSpec ip = to.inputs().get(in);
        if (op.kind() != ip.kind()) {
            problems.add(new Problem(con.to().node(), field, "cannot connect " + (op.isEvent() ? "an event"
                    : "a continuous") + " output to " + (ip.isEvent() ? "an event" : "a continuous") + " input"));
            return false;
        }
        if (!op.unit().equals(ip.unit())) {
            problems.add(new Problem(con.to().node(), field, "unit mismatch: " + con.from() + " is in " + op.unit()
                    + " but " + con.to() + " expects " + ip.unit()));
            return false;
        }
        return true;
    }

    private static String names(List<PortSpec> ports) {
        return ports.isEmpty() ? "none" : String.join(", ", ports.stream().map(PortSpec::name).toList());
    }

    /** The required-inputs step: every continuous input of a known mechanism has a source. */
    static void checkRequiredInputs(NodeTable table, Wiring wiring, List<Problem> problems) {
        for (int i = 0; i < table.size(); i++) {
            MechanismSpec spec = table.specs()[i];
            if (spec == null) {
                continue;
            }
            for (int k = 0; k < spec.inputs().size(); k++) {
                PortSpec ip = spec.inputs().get(k);
                if (!ip.isEvent() && wiring.inputSource()[i][k] < 0) {
                    problems.add(new Problem(table.id(i), "inputs." + ip.name(), "required input '" + ip.name()
                            + "' [" + ip.unit() + "] is not connected"));
                }
            }
        }
    }
}
