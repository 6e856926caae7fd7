package org.ldnworkbench.ui.internal.editor.pages;

/**
 * The ids the pages declare in plugin.xml (area "pages") and the widget keys UI tests find their controls by.
 */
public final class PagesIds {
    /** Context active while a scenario table has the focus: Insert adds, Ctrl+D duplicates. */
    public static final String SCENARIOS_CONTEXT = "org.ldnworkbench.ui.pages.scenariosContext";
    /** Command: add a scenario. */
    public static final String ADD_SCENARIO = "org.ldnworkbench.ui.pages.addScenario";
    /** Command: duplicate the selected scenario. */
    public static final String DUPLICATE_SCENARIO = "org.ldnworkbench.ui.pages.duplicateScenario";
    /** The workbench's Delete command: resets parameters, removes scenarios and overrides on these pages. */
    public static final String DELETE = "org.eclipse.ui.edit.delete";
    /** Context menu of the Parameters tree. */
    public static final String PARAMETERS_MENU = "org.ldnworkbench.ui.pages.parameters";
    /** Context menu of the scenario table. */
    public static final String SCENARIOS_MENU = "org.ldnworkbench.ui.pages.scenarios";
    /** Context menu of a scenario's overrides table. */
    public static final String OVERRIDES_MENU = "org.ldnworkbench.ui.pages.overrides";

    /** Key of {@code Widget.getData(String)} naming a page's control for UI tests. */
    public static final String WIDGET_KEY = "org.ldnworkbench.ui.widget";
    /** The Parameters tree. */
    public static final String PARAMETERS_TREE = "parameters.tree";
    /** The scenario table. */
    public static final String SCENARIOS_TABLE = "scenarios.table";
    /** A scenario's overrides table. */
    public static final String OVERRIDES_TABLE = "scenarios.overrides";
    /** A page's message line. */
    public static final String MESSAGE_LINE = "message";

    private PagesIds() {
    }
}
