package org.ldnworkbench.core.engine;

/**
 * One thing wrong with a pipeline, located by node and field (either may be empty), e.g. node "pk", field
 * "parameters.ka".
 *
 * @since 0.1
 */
public final class Problem {
    private final String node;
    private final String field;
    private final String message;

    public Problem(String node, String field, String message) {
        this.node = node == null ? "" : node;
        this.field = field == null ? "" : field;
        this.message = message;
    }

    /** @return the node id, or empty when the problem is not about one node */
    public String node() { return node; }
    /** @return the field within the node or the file, or empty */
    public String field() { return field; }
    public String message() { return message; }

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
