package org.ldnworkbench.ui.internal.editor.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.pipeline.Connection;

/**
 * The engine's problems sorted by what the diagram marks: a node ({@link Problem#node()} names it) and, for the
 * problems of one wire, the wire (the compiler's field for those is {@code connections[i] from -> to}).
 */
public final class DiagramProblems {
    private final Map<String, List<String>> byNode = new HashMap<>();
    private final Map<String, List<String>> byWire = new HashMap<>();

    /**
     * @param problems the newest check's problems
     */
    public DiagramProblems(List<Problem> problems) {
        for (Problem p : problems) {
            String message = p.field().isEmpty() ? p.message() : p.field() + ": " + p.message();
            if (!p.node().isEmpty()) {
                byNode.computeIfAbsent(p.node(), k -> new ArrayList<>()).add(message);
            }
            int close = p.field().indexOf("] ");
            if (p.field().startsWith("connections[") && close > 0) {
                byWire.computeIfAbsent(p.field().substring(close + 2), k -> new ArrayList<>()).add(p.message());
            }
        }
    }

    /**
     * @param nodeId a node id
     * @return the messages about it, empty when none
     */
    public List<String> ofNode(String nodeId) {
        return byNode.getOrDefault(nodeId, List.of());
    }

    /**
     * @param wire a connection
     * @return the messages about it, empty when none
     */
    public List<String> ofWire(Connection wire) {
        return byWire.getOrDefault(wire.toString(), List.of());
    }
}
