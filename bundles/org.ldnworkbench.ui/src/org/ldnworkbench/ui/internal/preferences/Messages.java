package org.ldnworkbench.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** The preference pages' strings for users (messages.properties beside this class). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.ldnworkbench.ui.internal.preferences.messages";

    public static String rootOverview;
    public static String simulationDescription;
    public static String integratorLabel;
    public static String integratorEntry;
    public static String integratorDp853;
    public static String integratorDp54;
    public static String integratorRk4;
    public static String rtolLabel;
    public static String atolLabel;
    public static String outputStepLabel;
    public static String resultsDescription;
    public static String resultsFolderLabel;
    public static String chartsDescription;
    public static String timeUnitLabel;
    public static String timeUnitAuto;
    public static String timeUnitHours;
    public static String timeUnitDays;
    public static String paletteLabel;
    public static String paletteOkabeIto;
    public static String paletteHighContrast;
    public static String liveDescription;
    public static String liveRerunLabel;
    public static String notANumber;
    public static String fieldProblem;
    public static String folderEmpty;
    public static String folderAbsolute;
    public static String folderOutside;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
