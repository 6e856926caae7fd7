package org.ldnworkbench.ui.internal.window;

/**
 * The ids the window area declares in plugin.xml (menus, commands, wizards, the welcome page), for code and for the
 * other areas' contributions. Stable: key bindings, menus and saved workbench state refer to them.
 */
public final class WindowIds {
    /** Top menu Run: groups {@link #RUN_GROUP_VALIDATE} and {@code additions}. */
    public static final String RUN_MENU = "org.ldnworkbench.ui.menus.run";
    /** The group of the Run menu where Validate goes ({@code menu:org.ldnworkbench.ui.menus.run?after=validate}). */
    public static final String RUN_GROUP_VALIDATE = "validate";
    /** The main tool bar of the window area (New Pipeline, Save); others add their own tool bars beside it. */
    public static final String FILE_TOOLBAR = "org.ldnworkbench.ui.toolbars.file";
    /** Help &gt; Welcome. */
    public static final String WELCOME_COMMAND = "org.ldnworkbench.ui.commands.welcome";
    /** The welcome page, an editor. */
    public static final String WELCOME_EDITOR = "org.ldnworkbench.ui.editors.welcome";
    /** The New Pipeline wizard. */
    public static final String NEW_PIPELINE_WIZARD = "org.ldnworkbench.ui.wizards.newPipeline";
    /** The New Project wizard. */
    public static final String NEW_PROJECT_WIZARD = "org.ldnworkbench.ui.wizards.newProject";
    /** The command that opens a new wizard (the platform's), and its parameter naming the wizard. */
    public static final String NEW_WIZARD_COMMAND = "org.eclipse.ui.newWizard";
    /** The parameter of {@link #NEW_WIZARD_COMMAND}. */
    public static final String NEW_WIZARD_PARAMETER = "newWizardId";

    private WindowIds() {
    }
}
