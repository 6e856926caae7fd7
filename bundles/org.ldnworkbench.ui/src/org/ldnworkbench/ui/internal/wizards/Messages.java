package org.ldnworkbench.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** The wizards' strings for users (messages.properties beside this class). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.ldnworkbench.ui.internal.wizards.messages";

    public static String pipelineWizardTitle;
    public static String pipelinePageTitle;
    public static String pipelinePageDescription;
    public static String pipelineFolderLabel;
    public static String pipelineBrowse;
    public static String pipelineBrowseMessage;
    public static String pipelineFileLabel;
    public static String pipelineTemplateLabel;
    public static String pipelineCreateLabel;
    public static String pipelineCreateFailed;
    public static String pipelineOpenFailed;
    public static String templateEmptyName;
    public static String templateEmptyDescription;
    public static String templateNone;
    public static String folderEmpty;
    public static String folderMissing;
    public static String folderClosed;
    public static String nameEmpty;
    public static String nameSeparator;
    public static String nameExtension;
    public static String nameNoBase;
    public static String nameTooLong;
    public static String nameCharacter;
    public static String nameReserved;
    public static String nameExists;
    public static String projectWizardTitle;
    public static String projectPageTitle;
    public static String projectPageDescription;
    public static String projectComment;
    public static String projectCreateLabel;
    public static String projectCreateFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
