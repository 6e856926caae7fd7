package org.ldnworkbench.ui.internal.editor.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ldnworkbench.core.pipeline.Connection;

/**
 * What is selected in the diagram: nodes by id and wires by connection, plus the node that has the keyboard focus.
 * Kept by id across changes of the pipeline (an undo, another page's edit) so that the selection survives them;
 * {@link #retain} drops what no longer exists.
 */
public final class DiagramSelection {
    private final Set<String> nodes = new LinkedHashSet<>();
    private final Set<Connection> wires = new LinkedHashSet<>();
    private String focus;

    /** @return the selected node ids, in selection order */
    public Set<String> nodes() {
        return Set.copyOf(nodes);
    }

    /** @return the selected nodes in selection order */
    public List<String> nodeList() {
        return new ArrayList<>(nodes);
    }

    /** @return the selected wires */
    public Set<Connection> wires() {
        return Set.copyOf(wires);
    }

    /** @return the node with the keyboard focus, or null */
    public String focus() {
        return focus;
    }

    /** @return whether nothing is selected */
    public boolean isEmpty() {
        return nodes.isEmpty() && wires.isEmpty();
    }

    /**
     * @param id a node id
     * @return whether it is selected
     */
    public boolean contains(String id) {
        return nodes.contains(id);
    }

    /**
     * @param wire a connection
     * @return whether it is selected
     */
    public boolean contains(Connection wire) {
        return wires.contains(wire);
    }

    /** Selects nothing. */
    public void clear() {
        nodes.clear();
        wires.clear();
    }

    /** @param id the only node to select; it also takes the focus */
    public void selectOnly(String id) {
        clear();
        nodes.add(id);
        focus = id;
    }

    /** @param wire the only wire to select */
    public void selectOnly(Connection wire) {
        clear();
        wires.add(wire);
    }

    /** @param id a node to add to the selection, or remove if selected; it takes the focus */
    public void toggle(String id) {
        if (!nodes.remove(id)) {
            nodes.add(id);
        }
        focus = id;
    }

    /** @param wire a wire to add to the selection, or remove if selected */
    public void toggle(Connection wire) {
        if (!wires.remove(wire)) {
            wires.add(wire);
        }
    }

    /** @param ids nodes to add */
    public void addAll(List<String> ids) {
        nodes.addAll(ids);
    }

    /** @param all wires to add */
    public void addWires(List<Connection> all) {
        wires.addAll(all);
    }

    /**
     * Forgets what is not in the scene any more.
     *
     * @param scene the new scene
     */
    public void retain(DiagramScene scene) {
        nodes.removeIf(id -> scene.box(id) == null);
        Set<Connection> drawn = new LinkedHashSet<>();
        scene.wires().forEach(w -> drawn.add(w.connection()));
        wires.retainAll(drawn);
        if (focus != null && scene.box(focus) == null) {
            focus = null;
        }
    }

    /**
     * Follows a rename.
     *
     * @param oldId the node's old id
     * @param newId its new id
     */
    public void renamed(String oldId, String newId) {
        if (nodes.remove(oldId)) {
            nodes.add(newId);
        }
        if (oldId.equals(focus)) {
            focus = newId;
        }
    }
}
