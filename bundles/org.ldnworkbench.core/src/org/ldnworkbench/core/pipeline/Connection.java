package org.ldnworkbench.core.pipeline;

import java.util.Objects;

/**
 * A wire from an output port to an input port.
 *
 * @param from the output port the values come from
 * @param to the input port they go to
 *
 * @since 0.1
 */
public record Connection(PortRef from, PortRef to) {

    /**
     * @throws NullPointerException when an end is null
     * @since 0.1
     */
    public Connection {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /**
     * @param from {@code node.port} of the output
     * @param to {@code node.port} of the input
     * @return the connection
     * @throws IllegalArgumentException when an end is not of the form {@code node.port}
     * @since 0.1
     */
    public static Connection of(String from, String to) {
        return new Connection(PortRef.parse(from), PortRef.parse(to));
    }

    /** @return {@code from -> to}, as messages name a connection */
    @Override
    public String toString() {
        return from + " -> " + to;
    }
}
