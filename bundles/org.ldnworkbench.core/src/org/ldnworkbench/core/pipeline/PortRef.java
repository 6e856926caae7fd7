package org.ldnworkbench.core.pipeline;

import java.util.Objects;

/**
 * A reference {@code node.port} to a port of a pipeline node.
 *
 * @since 0.1
 */
public final class PortRef {
    private final String node;
    private final String port;

    public PortRef(String node, String port) {
        this.node = Objects.requireNonNull(node);
        this.port = Objects.requireNonNull(port);
    }

    /**
     * @param text {@code node.port}
     * @return the reference
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static PortRef parse(String text) {
        int dot = text == null ? -1 : text.lastIndexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            throw new IllegalArgumentException(Names.quote(text) + " is not of the form node.port");
        }
        return new PortRef(text.substring(0, dot), text.substring(dot + 1));
    }

    public String node() { return node; }
    public String port() { return port; }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortRef && ((PortRef) o).node.equals(node) && ((PortRef) o).port.equals(port);
    }

    @Override
    public int hashCode() {
        return Objects.hash(node, port);
    }

    @Override
    public String toString() {
        return node + "." + port;
    }
}
