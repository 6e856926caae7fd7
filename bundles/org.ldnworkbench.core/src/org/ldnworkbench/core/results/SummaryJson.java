package org.ldnworkbench.core.results;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.internal.results.ShortestDecimal;
import org.ldnworkbench.core.internal.results.StringBuilderWriter;
import org.ldnworkbench.core.metrics.PeriodStats;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.core.pipeline.SimulationSettings;

import com.google.gson.stream.JsonWriter;

/**
 * The {@code summary.json} of a run: format {@code ldn-summary/1}, the pipeline, and per scenario the metrics of
 * every output (run and per day: min, max, timeOfMax, mean, auc, final) and every declared metric (run, lastDay,
 * per day), and the command-line overrides the run was made with ({@code overrides}: at the top and, with the value
 * each one replaced where the scenario set its own, per scenario).
 *
 * @since 0.1
 */
public final class SummaryJson {
    /**
     * The format name and version written at the top of every summary.json; a reader checks it first.
     *
     * @since 0.1
     */
    public static final String FORMAT = "ldn-summary/1";

    private SummaryJson() {
    }

    /**
     * One command-line override, {@code --set node.param=value} or {@code --preset node=preset}, applied to every
     * scenario after the scenario's own values.
     *
     * @param kind set or preset
     * @param target {@code node.param} for a set, {@code node} for a preset
     * @param number the value of a set (NaN for a preset)
     * @param preset the preset id of a preset (null for a set)
     * @since 0.1
     */
    public record Override(Kind kind, String target, double number, String preset) {
        /**
         * What an override changes.
         *
         * @since 0.1
         */
        public enum Kind {
            SET("set"), PRESET("preset");

            private final String word;

            Kind(String word) {
                this.word = word;
            }

            /**
             * @return the word in summary.json
             * @since 0.1
             */
            public String word() {
                return word;
            }
        }

        /**
         * @throws NullPointerException when the kind or the target is null
         * @since 0.1
         */
        public Override {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(target);
        }

        /**
         * @return {@code --set parameter=value}
         * @since 0.1
         */
        public static Override set(String parameter, double value) {
            return new Override(Kind.SET, parameter, value, null);
        }

        /**
         * @return {@code --preset node=preset}
         * @since 0.1
         */
        public static Override preset(String node, String preset) {
            return new Override(Kind.PRESET, node, Double.NaN, Objects.requireNonNull(preset));
        }
    }

    /**
     * @param pipelineName the pipeline's name
     * @param source the pipeline file
     * @param runs one summary per scenario
     * @param extra further top-level string fields (e.g. engine version), may be empty
     * @return the JSON text
     * @since 0.1
     */
    public static String toJson(String pipelineName, String source, List<RunSummary> runs, Map<String, String> extra)
            throws IOException {
        return toJson(pipelineName, source, runs, extra, List.of(), List.of());
    }

    /**
     * @param pipelineName the pipeline's name
     * @param source the pipeline file
     * @param runs one summary per scenario
     * @param extra further top-level string fields (e.g. engine version), may be empty
     * @param overrides the command-line overrides of the run, in command-line order, may be empty
     * @param scenarios the pipeline's scenarios as written in the file (for the values the overrides replaced), may
     *        be empty
     * @return the JSON text
     * @since 0.1
     */
    public static String toJson(String pipelineName, String source, List<RunSummary> runs, Map<String, String> extra,
            List<Override> overrides, List<Scenario> scenarios) throws IOException {
        StringBuilderWriter sw = new StringBuilderWriter(EXPECTED_LENGTH);
        try (JsonWriter w = new DoublesAsJava(sw)) {
            w.setIndent("  ");
            w.beginObject();
            w.name("format").value(FORMAT);
            w.name("pipeline").value(pipelineName);
            w.name("source").value(source);
            for (Map.Entry<String, String> e : extra.entrySet()) {
                w.name(e.getKey()).value(e.getValue());
            }
            w.name("overrides");
            overrides(w, overrides, null);
            w.name("scenarios").beginArray();
            for (RunSummary r : runs) {
                scenario(w, r, overrides, find(scenarios, r.result().pipeline().scenarioId()));
            }
            w.endArray();
            w.endObject();
        }
        return sw.toString() + "\n";
    }

    private static Scenario find(List<Scenario> scenarios, String id) {
        for (Scenario s : scenarios) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Writes the overrides; with a scenario, each one the scenario set itself gets {@code scenarioValue}: what the
     * scenario's name promises and the override replaced.
     */
    private static void overrides(JsonWriter w, List<Override> overrides, Scenario scenario) throws IOException {
        w.beginArray();
        for (Override o : overrides) {
            w.beginObject();
            w.name("kind").value(o.kind().word());
            w.name("target").value(o.target());
            if (o.kind() == Override.Kind.SET) {
                w.name("value").value(o.number());
                Double own = scenario == null ? null : scenario.parameters().get(o.target());
                if (own != null) {
                    w.name("scenarioValue").value(own);
                }
            } else {
                w.name("value").value(o.preset());
                String own = scenario == null ? null : scenario.presets().get(o.target());
                if (own != null) {
                    w.name("scenarioValue").value(own);
                }
            }
            w.endObject();
        }
        w.endArray();
    }

    /** Room for the summary of a run of the default example (a megabyte), so that the text is not copied as it grows. */
    private static final int EXPECTED_LENGTH = 1 << 20;

    /**
     * Gson's writer with its finite doubles written as {@link Double#toString(double)} writes them (what Gson writes),
     * by {@link ShortestDecimal#javaForm}, which is three times faster under the C1 compiler of the short commands.
     */
    private static final class DoublesAsJava extends JsonWriter {
        DoublesAsJava(Writer out) {
            super(out);
        }

        @java.lang.Override // Override is this file's record of a command-line override
        public JsonWriter value(double v) throws IOException {
            return Double.isFinite(v) ? jsonValue(ShortestDecimal.javaForm(v)) : super.value(v);
        }
    }

    private static void scenario(JsonWriter w, RunSummary r, List<Override> overrides, Scenario own)
            throws IOException {
        CompiledPipeline p = r.result().pipeline();
        SimulationSettings s = p.settings();
        w.beginObject();
        w.name("id").value(p.scenarioId());
        w.name("name").value(p.scenarioName());
        w.name("overrides");
        overrides(w, overrides, own);
        w.name("complete").value(!r.result().isPartial());
        if (r.result().isPartial()) {
            w.name("failure").value(r.result().failure());
            if (!r.result().failureNode().isEmpty()) {
                w.name("failureNode").value(r.result().failureNode());
            }
            if (Double.isFinite(r.result().failureTime())) {
                w.name("failureTime").value(r.result().failureTime());
            }
        }
        w.name("simulation").beginObject();
        w.name("start").value(s.start()).name("end").value(s.end()).name("step").value(s.step());
        w.name("rtol").value(s.rtol()).name("atol").value(s.atol()).name("integrator").value(s.integrator().word());
        w.endObject();
        w.name("metrics").beginObject();
        for (RunSummary.MetricValue m : r.metrics()) {
            w.name(m.name()).beginObject();
            w.name("label").value(m.spec().label());
            w.name("output").value(m.node() + "." + m.spec().output());
            w.name("kind").value(m.spec().kind().word());
            if (m.spec().kind().word().endsWith("Above")) {
                w.name("threshold").value(m.spec().threshold());
            }
            w.name("unit").value(m.spec().unit());
            w.name("run").value(m.run());
            w.name("lastDay").value(m.lastDay());
            w.name("days").beginArray();
            for (double d : m.days()) {
                w.value(d);
            }
            w.endArray();
            w.endObject();
        }
        w.endObject();
        w.name("outputs").beginObject();
        for (RunSummary.OutputSummary o : r.outputs()) {
            w.name(o.column().name()).beginObject();
            w.name("unit").value(o.column().unit());
            w.name("run");
            stats(w, o.run(), false);
            w.name("days").beginArray();
            int day = 1;
            for (PeriodStats d : o.days()) {
                w.beginObject().name("day").value(day++);
                stats(w, d, true);
            }
            w.endArray();
            w.endObject();
        }
        w.endObject();
        w.endObject();
    }

    private static void stats(JsonWriter w, PeriodStats s, boolean open) throws IOException {
        if (!open) {
            w.beginObject();
        }
        w.name("from").value(s.from()).name("to").value(s.to());
        w.name("min").value(s.min()).name("max").value(s.max()).name("timeOfMax").value(s.timeOfMax());
        w.name("mean").value(s.mean()).name("auc").value(s.auc()).name("final").value(s.last());
        w.endObject();
    }
}
