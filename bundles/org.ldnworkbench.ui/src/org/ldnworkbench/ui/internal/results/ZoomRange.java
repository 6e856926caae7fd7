package org.ldnworkbench.ui.internal.results;

import java.util.List;

import org.ldnworkbench.ui.internal.runs.RunData;
import org.ldnworkbench.ui.internal.runs.ScenarioData;

/**
 * A time window of the charts in hours, shared by every chart of the view, and the two windows the toolbar offers:
 * the last day (the last dosing interval of a daily regimen: trough and peak of the steady state) and the steady
 * state (the last week, or the last quarter of a run shorter than four weeks, so that it never starts in the
 * wash-in).
 *
 * @param from first hour shown
 * @param to last hour shown, greater than {@code from}
 */
public record ZoomRange(double from, double to) {
    /** One day in hours. */
    public static final double DAY = 24;
    /** One week in hours. */
    public static final double WEEK = 7 * DAY;

    public ZoomRange {
        if (!(to > from)) {
            throw new IllegalArgumentException("empty time window [" + from + ", " + to + "] h");
        }
    }

    /** @return the hours from the first to the last sample of {@code runs}, or null when they have fewer than two */
    public static ZoomRange span(List<RunData> runs) {
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (RunData run : runs) {
            for (ScenarioData s : run.scenarios()) {
                if (s.time().length > 0) {
                    first = Math.min(first, s.time()[0]);
                    last = Math.max(last, s.time()[s.time().length - 1]);
                }
            }
        }
        return last > first ? new ZoomRange(first, last) : null;
    }

    /** @return the last 24 h of this span (all of it when it is shorter) */
    public ZoomRange lastDay() {
        return last(DAY);
    }

    /** @return the last week of this span, or its last quarter when that is shorter */
    public ZoomRange steadyState() {
        return last(Math.min(WEEK, (to - from) / 4));
    }

    private ZoomRange last(double hours) {
        return new ZoomRange(Math.max(from, to - hours), to);
    }

    /** @return the length in hours */
    public double hours() {
        return to - from;
    }
}
