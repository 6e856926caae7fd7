package org.ldnworkbench.core.engine;

/**
 * One thing wrong with a pipeline, located by node and field (either may be empty), e.g. node "pk", field
 * "parameters.ka".
 *
 * @param node the node id, or empty when the problem is not about one node
 * @param field the field within the node or the file, or empty
 * @param message what is wrong, for people to read
 *
 * @since 0.1
 */
public record Problem(String node, String field, String message) {

    /**
     * Reads a null node or field as empty.
     *
     * @since 0.1
     */
    public Problem {
        node = node == null ? "" : node;
        field = field == null ? "" : field;
    }

    /** @return e.g. {@code node 'pk', parameters.ka: ...}, the form in which problems are listed to the user */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (!node.isEmpty()) {
            sb.append("node '").append(node).append("'");
        }
        if (!field.isEmpty()) {
            sb.append(sb.length() > 0 ? ", " : "").append(field);
        }
        return (sb.length() > 0 ? sb + ": " : "") + message;
    }
}
