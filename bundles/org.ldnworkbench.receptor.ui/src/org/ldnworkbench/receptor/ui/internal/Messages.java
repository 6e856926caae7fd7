package org.ldnworkbench.receptor.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The receptor editor's texts for users (messages.properties beside this class). */
final class Messages extends NLS {
    public static String Preview_source;
    public static String Preview_noPreset;
    public static String Preview_withNodeValues;
    public static String Chart_courseTitle;
    public static String Chart_timeAxis;
    public static String Chart_occupancyAxis;
    public static String Chart_peakTitle;
    public static String Chart_doseAxis;
    public static String Chart_peakAxis;
    public static String Chart_petSeries;
    public static String Editor_job;
    public static String Editor_dose;
    public static String Editor_bothPresets;
    public static String Editor_badDose;
    public static String Editor_computing;
    public static String Editor_summary;

    static {
        NLS.initializeMessages("org.ldnworkbench.receptor.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
