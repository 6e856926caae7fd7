package org.ldnworkbench.ui.internal.editor.diagram;

/**
 * A port as the diagram draws it.
 *
 * @param name the port's name
 * @param unit its unit symbol; empty when the mechanism is not installed (the port is known only from a wire)
 * @param event whether it carries discrete events (drawn as a diamond, its wires dashed)
 * @param output whether it is an output (right side) rather than an input (left side)
 */
public record DiagramPort(String name, String unit, boolean event, boolean output) {
    /** @return the label beside the port: {@code name [unit]}, or the name alone when the unit is unknown */
    public String label() {
        return unit.isEmpty() ? name : name + " [" + unit + "]";
    }
}
