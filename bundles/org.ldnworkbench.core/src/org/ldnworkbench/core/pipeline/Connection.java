package org.ldnworkbench.core.pipeline;

import java.util.Objects;

/**
 * A wire from an output port to an input port.
 *
 * @since 0.1
 */
public final class Connection {
    private final PortRef from;
    private final PortRef to;

    public Connection(PortRef from, PortRef to) {
        this.from = Objects.requireNonNull(from);
        this.to = Objects.requireNonNull(to);
    }

    public static Connection of(String from, String to) {
        return new Connection(PortRef.parse(from), PortRef.parse(to));
    }

    public PortRef from() { return from; }
    public PortRef to() { return to; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Connection && ((Connection) o).from.equals(from) && ((Connection) o).to.equals(to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to);
    }

    @Override
    public String toString() {
        return from + " -> " + to;
    }
}
