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
 * A headline metric appears in the command line's summary table, for the period named by {@code headline}:
 * {@code run} (the whole run), {@code lastDay} or {@code end} (the value at the end of the run).
 *
 * @since 0.1
 */
public final class MetricSpec {
    /** How the metric reduces an output over a period. */
    public enum Kind {
        MAX("max"), MIN("min"), MEAN("mean"), FINAL("final"), TIME_ABOVE("timeAbove"), AREA_ABOVE("areaAbove");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

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

    /** Which period of a run the summary table shows. */
    public enum Headline {
        NONE, RUN, LAST_DAY;

        public static Headline fromWord(String w) {
            if (w == null || w.isBlank() || "false".equals(w) || "none".equals(w)) {
                return NONE;
            }
            switch (w) {
            case "run":
            case "true":
                return RUN;
            case "lastDay":
                return LAST_DAY;
            default:
                throw new IllegalArgumentException("unknown headline period '" + w + "' (expected run or lastDay)");
            }
        }
    }

    private final String id;
    private final String label;
    private final String output;
    private final Kind kind;
    private final double threshold;
    private final String unit;
    private final Headline headline;
    private final int order;

    public MetricSpec(String id, String label, String output, Kind kind, double threshold, String unit,
            Headline headline, int order) {
        this.id = Objects.requireNonNull(id, "id");
        this.label = label == null || label.isBlank() ? id : label;
        this.output = Objects.requireNonNull(output, "output");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.threshold = threshold;
        this.unit = unit == null ? "" : unit;
        this.headline = headline == null ? Headline.NONE : headline;
        this.order = order;
    }

    public String id() { return id; }
    public String label() { return label; }
    /** @return the name of the output the metric reduces */
    public String output() { return output; }
    public Kind kind() { return kind; }
    /** @return threshold for timeAbove and areaAbove, unused otherwise */
    public double threshold() { return threshold; }
    public String unit() { return unit; }
    public Headline headline() { return headline; }
    /** @return position among headline metrics of the summary table (lower first) */
    public int order() { return order; }
}
