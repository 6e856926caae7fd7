package org.ldnworkbench.charts.core;

import java.util.Locale;

/**
 * The unit of a chart's time axis. Simulations run in hours; a run longer than three days reads better in days (a
 * 56-day course drawn in hours has ticks at 200, 400, ... that nobody counts in), as the command line's plots have
 * always done.
 */
public enum TimeAxis {
    HOURS(1.0, "Time [h]", "h"), DAYS(24.0, "Time [days]", "days");

    /** Spans longer than this many hours are drawn in days. */
    public static final double DAYS_ABOVE_HOURS = 72;

    private final double hoursPerUnit;
    private final String label;
    private final String unit;

    TimeAxis(double hoursPerUnit, String label, String unit) {
        this.hoursPerUnit = hoursPerUnit;
        this.label = label;
        this.unit = unit;
    }

    /** @return {@link #DAYS} when {@code hours} is longer than {@value #DAYS_ABOVE_HOURS} h, else {@link #HOURS} */
    public static TimeAxis forSpan(double hours) {
        return hours > DAYS_ABOVE_HOURS ? DAYS : HOURS;
    }

    /**
     * The axis a preference asks for.
     *
     * @param pref {@code auto}, {@code hours} or {@code days} (case ignored; anything else is {@code auto})
     * @param spanHours the time span of what is drawn, for {@code auto}
     */
    public static TimeAxis of(String pref, double spanHours) {
        String p = pref == null ? "" : pref.trim().toLowerCase(Locale.ROOT);
        return switch (p) {
            case "hours" -> HOURS;
            case "days" -> DAYS;
            default -> forSpan(spanHours);
        };
    }

    /** @return {@code h} hours in this axis's unit */
    public double fromHours(double h) {
        return h / hoursPerUnit;
    }

    /** @return {@code value} of this axis's unit in hours */
    public double toHours(double value) {
        return value * hoursPerUnit;
    }

    /** @return the axis label with its unit, "Time [h]" or "Time [days]" */
    public String label() {
        return label;
    }

    /** @return the unit alone as text follows a number: "h" or "days" */
    public String unit() {
        return unit;
    }
}
