package org.ldnworkbench.core.pipeline;

import java.util.Objects;

/**
 * A reference {@code node.port} to a port of a pipeline node.
 *
 * @param node the id of the node
 * @param port the name of one of the node's ports
 *
 * @since 0.1
 */
public record PortRef(String node, String port) {

    /**
     * @throws NullPointerException when the node or the port is null
     * @since 0.1
     */
    public PortRef {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(port, "port");
    }

    /**
     * @param text {@code node.port}
     * @return the reference
     * @throws IllegalArgumentException when the text is not of that form
     * @since 0.1
     */
    public static PortRef parse(String text) {
        int dot = text == null ? -1 : text.lastIndexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            throw new IllegalArgumentException(Names.quote(text) + " is not of the form node.port");
        }
        return new PortRef(text.substring(0, dot), text.substring(dot + 1));
    }

    /** @return {@code node.port}, the form the pipeline file uses */
    @Override
    public String toString() {
        return node + "." + port;
    }
}
