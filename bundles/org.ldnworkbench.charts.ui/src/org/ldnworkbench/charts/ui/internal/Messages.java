package org.ldnworkbench.charts.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the chart components. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.ldnworkbench.charts.ui.internal.messages"; //$NON-NLS-1$

    public static String ChartExportDialog_title;
    public static String ChartExportDialog_png;
    public static String ChartExportDialog_svg;
    public static String ChartExportDialog_pdf;
    public static String ChartExportDialog_csv;
    public static String ChartExportDialog_overwriteTitle;
    public static String ChartExportDialog_overwrite;
    public static String ChartExportDialog_failedTitle;
    public static String ChartExportDialog_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
