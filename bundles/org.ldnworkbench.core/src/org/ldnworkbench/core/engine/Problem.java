package org.ldnworkbench.core.engine;

import java.util.List;

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

    /**
     * The problem of a combination of values a mechanism refused ({@code Mechanism.validate}), worded like the
     * compiler's own: {@code node 'band', parameters.low, parameters.high: mechanism test.band refuses low = 5.0,
     * high = 2.0: low must not exceed high}.
     *
     * @param node the node whose values were refused
     * @param mechanismId the mechanism that refused them
     * @param fields the fields involved, e.g. {@code parameters.low}, {@code tables.doses}
     * @param values the values involved as shown to the user, e.g. {@code low = 5.0, high = 2.0}
     * @param reason the mechanism's reason
     * @return the problem, located at the node and the fields
     * @since 0.1
     */
    public static Problem refusedByMechanism(String node, String mechanismId, List<String> fields,
            String values, String reason) {
        return new Problem(node, String.join(", ", fields), "mechanism " + mechanismId + " refuses " + values + ": "
                + reason);
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
