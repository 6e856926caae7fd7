package org.ldnworkbench.ui.internal.scan;

/**
 * The ids of the dose scan's parts and the data keys of its widgets, which UI tests and accessibility tools find
 * them by ({@code control.getData(WIDGET_KEY)}).
 */
public final class ScanIds {
    /** The Dose Scan view. */
    public static final String VIEW = "org.ldnworkbench.ui.views.scan";
    /** Key of the data naming a widget (the key the editor's pages use). */
    public static final String WIDGET_KEY = "org.ldnworkbench.ui.widget";
    public static final String PARAMETER = "scan.parameter";
    public static final String PARAMETER_INFO = "scan.parameterInfo";
    public static final String FROM = "scan.from";
    public static final String TO = "scan.to";
    public static final String LINEAR = "scan.linear";
    public static final String LOG = "scan.log";
    public static final String POINTS = "scan.points";
    public static final String PREVIEW = "scan.preview";
    public static final String METRICS = "scan.metrics";
    public static final String SCENARIOS = "scan.scenarios";
    public static final String CHART = "scan.chart";
    public static final String TABLE = "scan.table";
    public static final String SUMMARY = "scan.summary";

    private ScanIds() {
    }
}
