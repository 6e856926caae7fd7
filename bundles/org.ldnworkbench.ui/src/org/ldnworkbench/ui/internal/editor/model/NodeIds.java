package org.ldnworkbench.ui.internal.editor.model;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;

/**
 * Ids for nodes the user adds (from the palette, by a drop on the diagram): the last segment of the mechanism id
 * ({@code org.ldnworkbench.pk.naltrexone} gives {@code naltrexone}), then {@code naltrexone2}, {@code naltrexone3}...
 * so that the id is valid ({@link Names#idProblem}) and unique ignoring case, as the file format requires.
 */
public final class NodeIds {
    private NodeIds() {
    }

    /**
     * @param pipeline the pipeline the node joins
     * @param mechanismId the new node's mechanism
     * @return a valid id no node of the pipeline has, ignoring case
     */
    public static String free(Pipeline pipeline, String mechanismId) {
        Set<String> taken = pipeline.nodes().stream().map(n -> lower(n.id())).collect(Collectors.toSet());
        String base = base(mechanismId);
        if (!taken.contains(lower(base))) {
            return base;
        }
        for (int i = 2;; i++) {
            String suffix = Integer.toString(i);
            String candidate = base.substring(0, Math.min(base.length(), Names.MAX_ID_LENGTH - suffix.length()))
                    + suffix;
            if (!taken.contains(lower(candidate))) {
                return candidate;
            }
        }
    }

    /**
     * @param pipeline a pipeline
     * @param id a candidate id
     * @param except the node being renamed (its own id is not taken), or null
     * @return null when {@code id} may name a node of the pipeline, otherwise why not
     */
    public static String problem(Pipeline pipeline, String id, Node except) {
        String problem = Names.idProblem(id);
        if (problem != null) {
            return "Node id '" + id + "' " + problem;
        }
        for (Node n : pipeline.nodes()) {
            if (n != except && n.id().equalsIgnoreCase(id)) {
                return "Node id '" + id + "' is taken by another node (ids are unique ignoring case)";
            }
        }
        return null;
    }

    private static String base(String mechanismId) {
        String last = mechanismId.substring(mechanismId.lastIndexOf('.') + 1);
        StringBuilder id = new StringBuilder();
        for (char c : last.toCharArray()) {
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-');
            if (ok && id.length() < Names.MAX_ID_LENGTH) {
                id.append(c);
            }
        }
        if (id.length() == 0 || !Names.isId(id.toString())) {
            id.insert(0, "node_");
            id.setLength(Math.min(id.length(), Names.MAX_ID_LENGTH));
        }
        return Names.isId(id.toString()) ? id.toString() : "node";
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
