package org.ldnworkbench.inflammation.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The inflammation editor's texts for users (messages.properties beside this class). */
final class Messages extends NLS {
    public static String Regimen_ldn;
    public static String Regimen_standard;
    public static String Preview_source;
    public static String Chart_inhibitionTitle;
    public static String Chart_concentrationAxis;
    public static String Chart_inhibitionAxis;
    public static String Chart_inhibitionSeries;
    public static String Chart_rangeLabel;
    public static String Chart_halfLabel;
    public static String Chart_responseTitle;
    public static String Chart_responseAxis;
    public static String Chart_activation;
    public static String Chart_tnf;
    public static String Chart_il6;
    public static String Chart_il1b;
    public static String Gap_peaks;
    public static String Gap_half;
    public static String Gap_none;
    public static String Editor_job;
    public static String Editor_regimen;
    public static String Editor_computing;
    public static String Editor_timing;

    static {
        NLS.initializeMessages("org.ldnworkbench.inflammation.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
