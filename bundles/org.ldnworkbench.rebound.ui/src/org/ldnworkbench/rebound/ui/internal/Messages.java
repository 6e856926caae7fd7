package org.ldnworkbench.rebound.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The rebound editor's texts for users (messages.properties beside this class). */
final class Messages extends NLS {
    public static String Chart_title;
    public static String Chart_yAxis;
    public static String Chart_signaling;
    public static String Chart_tone;
    public static String Chart_density;
    public static String Chart_threshold;
    public static String Editor_job;
    public static String Editor_pattern;
    public static String Editor_hours;
    public static String Editor_level;
    public static String Editor_days;
    public static String Editor_daysUnit;
    public static String Editor_note;
    public static String Editor_computing;
    public static String Editor_summary;

    static {
        NLS.initializeMessages("org.ldnworkbench.rebound.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
