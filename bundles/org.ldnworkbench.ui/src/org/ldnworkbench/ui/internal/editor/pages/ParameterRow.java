package org.ldnworkbench.ui.internal.editor.pages;

/**
 * A row of the Parameters tree, identified by ids rather than by the pipeline's objects: each edit replaces the
 * pipeline by a copy, and rows equal across copies keep their selection and expansion when the tree refreshes.
 */
public sealed interface ParameterRow {
    /** @return the id of the node the row belongs to */
    String nodeId();

    /**
     * A node: its mechanism and its preset.
     *
     * @param nodeId the node's id
     */
    record NodeRow(String nodeId) implements ParameterRow {
    }

    /**
     * One scalar parameter of a node.
     *
     * @param nodeId the node's id
     * @param name the parameter's name
     */
    record ValueRow(String nodeId, String name) implements ParameterRow {
    }

    /**
     * One table parameter of a node (shown, edited on the Source page).
     *
     * @param nodeId the node's id
     * @param name the table's name
     */
    record TableRow(String nodeId, String name) implements ParameterRow {
    }
}
