package org.ldnworkbench.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

/** The pipeline editor's strings (messages.properties beside this class). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.ldnworkbench.ui.internal.editor.messages";
    public static String SourcePage_title;
    public static String SourcePage_valid;
    public static String SourcePage_fixFirst;
    public static String PageFailed;
    public static String PageFailed_noControl;
    public static String PageFailed_log;
    public static String Edit_source;
    public static String Edit_recover;
    public static String Read_failed;
    public static String Read_tooLarge;
    public static String Read_notText;
    public static String Save_failedTitle;
    public static String Save_failed;
    public static String Save_backupUnreadable;
    public static String Save_failedRefresh;
    public static String SaveAs_title;
    public static String SaveAs_noProject;
    public static String SaveAs_filter;
    public static String Disk_changedTitle;
    public static String Disk_changed;
    public static String Disk_reload;
    public static String Disk_keep;
    public static String Disk_deletedTitle;
    public static String Disk_deleted;
    public static String Disk_readFailed;
    public static String Recovery_title;
    public static String Recovery_question;
    public static String Recovery_questionFileNewer;
    public static String Recovery_questionMissing;
    public static String Recovery_recreate;
    public static String Recovery_keep;
    public static String Recovery_recover;
    public static String Recovery_discard;
    public static String Recovery_listFailed;
    public static String Recovery_deleteFailed;
    public static String Recovery_missing;
    public static String Recovery_openFailed;
    public static String Recovery_writeFailed;
    public static String Recovery_removeFailed;
    public static String Recovery_job;
    public static String Check_job;
    public static String Check_none;
    public static String Check_some;
    public static String Check_one;
    public static String Check_source;
    public static String Check_failed;
    public static String Marker_node;
    public static String Marker_pipeline;
    public static String Marker_line;
    public static String Marker_job;
    public static String Marker_failed;
    public static String Marker_savedJob;
    public static String Marker_savedScanFailed;
    public static String Read_notRegularFile;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
