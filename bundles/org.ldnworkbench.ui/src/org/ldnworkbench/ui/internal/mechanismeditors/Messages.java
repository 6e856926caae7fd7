package org.ldnworkbench.ui.internal.mechanismeditors;

import org.eclipse.osgi.util.NLS;

/** The mechanism editors' texts for users (messages.properties beside this class). */
final class Messages extends NLS {
    public static String Registry_incomplete;
    public static String Registry_duplicate;
    public static String Registry_notAnEditor;
    public static String Registry_quarantined;
    public static String Context_noParameter;
    public static String Context_noPreset;
    public static String Context_resetLabel;
    public static String Window_title;
    public static String Window_genericInstead;
    public static String Window_disposeFailed;
    public static String Window_notInstalledTitle;
    public static String Window_notInstalled;
    public static String Form_preset;
    public static String Form_colParameter;
    public static String Form_colValue;
    public static String Form_colUnit;
    public static String Form_colRange;
    public static String Form_colFrom;
    public static String Form_colStatus;
    public static String Form_colProvenance;
    public static String Form_whole;
    public static String Form_assumed;
    public static String Form_noSource;
    public static String Form_sourceAndNote;
    public static String Form_table;
    public static String Form_tableEmpty;

    static {
        NLS.initializeMessages("org.ldnworkbench.ui.internal.mechanismeditors.messages", Messages.class);
    }

    private Messages() {
    }
}
