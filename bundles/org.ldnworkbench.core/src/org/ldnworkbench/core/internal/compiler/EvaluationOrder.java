package org.ldnworkbench.core.internal.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PortSpec;

/**
 * The evaluation-order step: continuous outputs ordered so that every output comes after the outputs it reads
 * directly (its feed-through inputs' sources). A cycle of direct reads is an algebraic loop, reported with the wires
 * that form it.
 *
 * @param node the node of each continuous output, in evaluation order
 * @param output its output index
 */
public record EvaluationOrder(int[] node, int[] output) {

    /** @return the order, or null after reporting an algebraic loop */
    static EvaluationOrder of(NodeTable table, Wiring wiring, List<Problem> problems) {
        Signals sig = new Signals(table, wiring);
        int count = wiring.signalCount();
        int[] state = new int[count]; // 0 new, 1 on stack, 2 done
        int[] evalNode = new int[count];
        int[] evalOut = new int[count];
        int done = 0;
        for (int start = 0; start < count; start++) {
            if (state[start] != 0 || sig.port(start).isEvent()) {
                continue;
            }
            // iterative DFS over "reads directly" edges: signal -> the signals feeding its feed-through inputs
            Deque<int[]> stack = new ArrayDeque<>();
            stack.push(new int[] { start, 0 });
            state[start] = 1;
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                int s = top[0];
                List<String> reads = sig.port(s).feedthrough();
                if (top[1] < reads.size()) {
                    int src = wiring.inputSource()[sig.node[s]][table.specs()[sig.node[s]]
                            .inputIndex(reads.get(top[1]++))];
                    if (src < 0) {
                        continue;
                    }
                    if (state[src] == 1) {
                        problems.add(new Problem(table.id(sig.node[src]), "connections", "algebraic loop: "
                                + sig.loop(stack, src) + " (each output reads its input directly; break the loop "
                                + "with a state)"));
                        return null;
                    }
                    if (state[src] == 0) {
                        state[src] = 1;
                        stack.push(new int[] { src, 0 });
                    }
                } else {
                    stack.pop();
                    state[s] = 2;
                    evalNode[done] = sig.node[s];
                    evalOut[done] = sig.output[s];
                    done++;
                }
            }
        }
        return new EvaluationOrder(Arrays.copyOf(evalNode, done), Arrays.copyOf(evalOut, done));
    }

    /** Which node and output each signal is, and their names for messages. */
    private static final class Signals {
        final NodeTable table;
        final int[] node;
        final int[] output;

        Signals(NodeTable table, Wiring wiring) {
            this.table = table;
            this.node = new int[wiring.signalCount()];
            this.output = new int[wiring.signalCount()];
            for (int i = 0; i < table.size(); i++) {
                for (int k = 0; k < table.specs()[i].outputs().size(); k++) {
                    node[wiring.outOffset()[i] + k] = i;
                    output[wiring.outOffset()[i] + k] = k;
                }
            }
        }

        PortSpec port(int s) {
            return table.specs()[node[s]].outputs().get(output[s]);
        }

        String name(int s) {
            MechanismSpec spec = table.specs()[node[s]];
            return table.id(node[s]) + "." + spec.outputs().get(output[s]).name();
        }

        /** @return the loop closed by {@code closing}, from the DFS stack: {@code a.x -> b.y -> a.x} */
        String loop(Deque<int[]> stack, int closing) {
            List<int[]> path = new ArrayList<>(stack);
            Collections.reverse(path); // bottom .. top
            int from = 0;
            for (int i = 0; i < path.size(); i++) {
                if (path.get(i)[0] == closing) {
                    from = i;
                }
            }
            StringBuilder sb = new StringBuilder(name(closing));
            for (int i = path.size() - 1; i > from; i--) {
                sb.append(" -> ").append(name(path.get(i)[0]));
            }
            return sb.append(" -> ").append(name(closing)).toString();
        }
    }
}
