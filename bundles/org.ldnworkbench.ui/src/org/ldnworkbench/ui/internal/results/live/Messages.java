package org.ldnworkbench.ui.internal.results.live;

import org.eclipse.osgi.util.NLS;

/** The words of the live re-run and its sweep bar. */
final class Messages extends NLS {
    public static String LiveJob_name;
    public static String SweepBar_parameter;
    public static String SweepBar_parameterOfTip;
    public static String SweepBar_parameterTip;
    public static String SweepBar_nothing;
    public static String SweepBar_sliderTip;
    public static String SweepBar_apply;
    public static String SweepBar_applyTip;
    public static String SweepBar_reset;
    public static String SweepBar_resetTip;
    public static String SweepBar_scenariosSet;
    public static String SweepBar_edit;
    public static String SweepBar_origin;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
