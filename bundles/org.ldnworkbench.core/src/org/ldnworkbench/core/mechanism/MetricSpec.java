package org.ldnworkbench.core.mechanism;

import java.util.Objects;

/**
 * A derived metric a mechanism declares on one of its outputs, computed on the sampled output after a run, over
 * the whole run and per day. Kinds:
 * <ul>
 * <li>{@code max}, {@code min}, {@code mean}, {@code final}: of the output over the period;</li>
 * <li>{@code timeAbove}: hours with output &gt; threshold;</li>
 * <li>{@code areaAbove}: integral of max(output - threshold, 0) dt.</li>
 * </ul>
 * A headline metric appears in the command line's summary table, for the period named by the attribute
 * {@code headline}: {@code run} (the whole run) or {@code lastDay} (the last day of the run). Without the
 * attribute the metric is not a headline. No other word is accepted.
 *
 * @param id metric id, unique within its mechanism
 * @param label display label; the id when none is given
 * @param output the name of the continuous output the metric reduces
 * @param kind how it reduces the output over a period
 * @param threshold threshold for timeAbove and areaAbove, unused otherwise
 * @param unit unit of the metric's value, or empty
 * @param headline which period the summary table shows, {@link Headline#NONE} for a metric not shown there
 * @param order position among headline metrics of the summary table (lower first)
 *
 * @since 0.1
 */
public record MetricSpec(String id, String label, String output, Kind kind, double threshold, String unit,
        Headline headline, int order) {

    /**
     * How the metric reduces an output over a period.
     *
     * @since 0.1
     */
    public enum Kind {
        /** The largest value. */
        MAX("max"),
        /** The smallest value. */
        MIN("min"),
        /** The time average. */
        MEAN("mean"),
        /** The value at the end of the period. */
        FINAL("final"),
        /** Hours with the output above the threshold. */
        TIME_ABOVE("timeAbove"),
        /** The integral of max(output - threshold, 0) dt. */
        AREA_ABOVE("areaAbove");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /**
         * @return the word used in plugin.xml, e.g. {@code timeAbove}
         * @since 0.1
         */
        public String word() {
            return word;
        }

        /**
         * @param w a kind as written in plugin.xml (case-sensitive)
         * @return the kind
         * @throws IllegalArgumentException if the word is not one of max, min, mean, final, timeAbove, areaAbove
         * @since 0.1
         */
        public static Kind fromWord(String w) {
            for (Kind k : values()) {
                if (k.word.equals(w)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown metric kind '" + w
                    + "' (expected max, min, mean, final, timeAbove or areaAbove)");
        }
    }

    /**
     * Which period of a run the summary table shows.
     *
     * @since 0.1
     */
    public enum Headline {
        /** Not a headline metric: no {@code headline} attribute. */
        NONE(""),
        /** The whole run: {@code headline="run"}. */
        RUN("run"),
        /** The last day of the run: {@code headline="lastDay"}. */
        LAST_DAY("lastDay");

        private final String word;

        Headline(String word) {
            this.word = word;
        }

        /**
         * @return the word used in plugin.xml ({@code run}, {@code lastDay}), empty for {@link #NONE}
         * @since 0.1
         */
        public String word() {
            return word;
        }

        /**
         * @param w the {@code headline} attribute as written in plugin.xml (case-sensitive); null or empty when
         *        the attribute is absent
         * @return the period, {@link #NONE} when the attribute is absent
         * @throws IllegalArgumentException if the word is neither {@code run} nor {@code lastDay}
         * @since 0.1
         */
        public static Headline fromWord(String w) {
            if (w == null || w.isEmpty()) {
                return NONE;
            }
            for (Headline h : values()) {
                if (h != NONE && h.word.equals(w)) {
                    return h;
                }
            }
            throw new IllegalArgumentException("unknown headline period '" + w + "' (expected run or lastDay)");
        }
    }

    /**
     * Reads a null or blank label as the id, a null unit as empty and a null headline as {@link Headline#NONE}.
     *
     * @throws NullPointerException when the id, output or kind is null
     * @since 0.1
     */
    public MetricSpec {
        Objects.requireNonNull(id, "id");
        label = label == null || label.isBlank() ? id : label;
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(kind, "kind");
        unit = unit == null ? "" : unit;
        headline = headline == null ? Headline.NONE : headline;
    }
}
