package org.ldnworkbench.ui.internal;

/**
 * The ids this bundle declares in plugin.xml, for code that refers to them (the perspective, handlers, tests).
 * They are stable: workspaces remember views and editors by id.
 */
public final class UiIds {
    /** The multi-page editor of {@code *.ldnpipe} files. */
    public static final String PIPELINE_EDITOR = "org.ldnworkbench.ui.editors.pipeline";
    /** The Mechanism Palette view. */
    public static final String PALETTE_VIEW = "org.ldnworkbench.ui.views.palette";
    /** The Mechanism Modeling perspective (declared by org.ldnworkbench.app). */
    public static final String MODELING_PERSPECTIVE = "org.ldnworkbench.app.perspective.modeling";
    /** The problem marker type of the engine's checks (a subtype of org.eclipse.core.resources.problemmarker). */
    public static final String PROBLEM_MARKER = "org.ldnworkbench.ui.problem";
    /** Marker attribute: the id of the node a problem is about (empty when it is about the whole pipeline). */
    public static final String MARKER_NODE = "node";
    /** Marker attribute: the field a problem is about, e.g. {@code parameters.ka}. */
    public static final String MARKER_FIELD = "field";
    /** The Validate command (toolbar and Run menu). */
    public static final String VALIDATE_COMMAND = "org.ldnworkbench.ui.commands.validate";
    /** The content type of pipeline files. */
    public static final String PIPELINE_CONTENT_TYPE = "org.ldnworkbench.ui.pipeline";
    /**
     * Prefix of the text a palette entry drags: {@code mechanism:} followed by the mechanism id (TextTransfer, so
     * that a drop on any text field gives something readable).
     */
    public static final String DRAGGED_MECHANISM_PREFIX = "mechanism:";

    private UiIds() {
    }

    /** The Results view: charts, metrics table and comparisons of the shown runs. */
    public static final String RESULTS_VIEW = "org.ldnworkbench.ui.views.results";

    /** Run the open pipeline (Ctrl+R). */
    public static final String RUN_COMMAND = "org.ldnworkbench.ui.commands.run";

    /** The dose scan wizard's command. */
    public static final String DOSE_SCAN_COMMAND = "org.ldnworkbench.ui.commands.doseScan";
}
