package org.ldnworkbench.ui.internal.scan;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.mechanism.MetricSpec;

/**
 * The names a scan's charts and table show: a parameter by its meaning and its {@code node.param} with the unit, a
 * metric by its label with the unit of the value plotted.
 */
public final class ScanLabels {
    private ScanLabels() {
    }

    /**
     * @return e.g. {@code Amount of naltrexone per oral dose (dosing.amount) [mg]}, or {@code dosing.amount [mg]}
     *         for a parameter without a description
     */
    public static String parameter(ScanChoices.Parameter p) {
        String description = p.spec().description().strip();
        String named = description.isEmpty() ? p.name() : NLS.bind(Messages.Label_parameter, description, p.name());
        return withUnit(named, p.unit());
    }

    /** @return e.g. {@code dosing.amount [mg]}: the column header of the table and of scan.csv's readers */
    public static String parameterColumn(ScanChoices.Parameter p) {
        return withUnit(p.name(), p.unit());
    }

    /** @return e.g. {@code Rebound window (S > 1.05) [h/day]} */
    public static String metric(MetricSpec spec) {
        return withUnit(spec.label(), metricUnit(spec));
    }

    /**
     * @return the unit of the value plotted: the declared one, except that hours above a threshold counted over the
     *         last day are hours per day ({@code h/day}), which is what the rebound window means to a reader
     */
    public static String metricUnit(MetricSpec spec) {
        boolean perDay = spec.kind() == MetricSpec.Kind.TIME_ABOVE && spec.headline() == MetricSpec.Headline.LAST_DAY
                && "h".equals(spec.unit());
        return perDay ? Messages.Label_hoursPerDay : spec.unit();
    }

    private static String withUnit(String text, String unit) {
        return unit == null || unit.isEmpty() || "-".equals(unit) ? text : text + " [" + unit + "]";
    }
}
