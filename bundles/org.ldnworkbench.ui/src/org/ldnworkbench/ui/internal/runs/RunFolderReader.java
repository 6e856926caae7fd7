package org.ldnworkbench.ui.internal.runs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ldnworkbench.charts.core.ReferenceLevel;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.MetricSpec;
import org.ldnworkbench.core.pipeline.IoReasons;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.core.results.SummaryJson;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads a run folder back into the {@link RunData} it was written from: the scenarios, their time series and
 * metrics from {@code summary.json} and the {@code timeseries.csv} files; what the files do not hold (the outputs'
 * descriptions, which period of a metric is its headline) from the installed mechanisms named by the folder's
 * {@code pipeline.ldnpipe}, so that a reopened run shows what it showed when it ran. Every failure names the file
 * (and, in a time series, the line).
 */
final class RunFolderReader {
    private RunFolderReader() {
    }

    static RunData read(Path folder) throws IOException {
        Path summaryFile = folder.resolve(RunFolders.SUMMARY);
        JsonObject summary = parse(summaryFile);
        Pipeline pipeline = pipeline(folder.resolve(RunFolders.PIPELINE));
        List<JsonObject> scenarios = new ArrayList<>();
        try {
            if (!SummaryJson.FORMAT.equals(text(summary, "format"))) {
                throw new IOException(summaryFile + ": not a summary of format " + SummaryJson.FORMAT);
            }
            for (JsonElement s : summary.getAsJsonArray("scenarios")) {
                scenarios.add(s.getAsJsonObject());
            }
        } catch (RuntimeException e) {
            throw broken(summaryFile, e);
        }
        if (scenarios.isEmpty()) {
            throw new IOException(summaryFile + ": the run has no scenarios");
        }
        List<TimeseriesFile> series = new ArrayList<>();
        for (JsonObject s : scenarios) {
            String id = text(s, "id");
            series.add(TimeseriesFile.read(folder.resolve(RunFolders.timeseries(id, scenarios.size() == 1))));
        }
        List<String> names = series.get(0).names();
        for (TimeseriesFile t : series) {
            if (!t.names().equals(names)) {
                throw new IOException(t.file() + " line 1: its columns " + t.names() + " differ from those of "
                        + series.get(0).file() + " " + names);
            }
        }
        try {
            JsonObject first = scenarios.get(0);
            List<OutputColumn> outputs = outputs(names, first, pipeline);
            List<MetricColumn> metrics = metrics(first);
            List<ScenarioData> data = new ArrayList<>();
            for (int s = 0; s < scenarios.size(); s++) {
                data.add(scenario(scenarios.get(s), series.get(s), metrics, pipeline));
            }
            String folderName = folder.getFileName().toString();
            String stem = folder.getParent() == null ? "" : folder.getParent().getFileName().toString();
            return new RunData(RunFolders.label(stem, folderName), pipeline.name(), folder,
                    started(summary, folder), outputs, metrics, data);
        } catch (RuntimeException e) {
            throw broken(summaryFile, e);
        }
    }

    private static IOException broken(Path file, RuntimeException e) {
        return new IOException(file + ": not a run's summary (" + e.getMessage() + ")", e);
    }

    private static JsonObject parse(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(in).getAsJsonObject(); // lenient: NaN reads back
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": missing", e);
        } catch (JsonParseException | IllegalStateException e) {
            throw new IOException(file + ": not JSON (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new IOException(file + ": " + IoReasons.reason(e), e);
        }
    }

    private static Pipeline pipeline(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": missing");
        }
        try {
            return PipelineFiles.read(file);
        } catch (PipelineFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static List<OutputColumn> outputs(List<String> names, JsonObject first, Pipeline pipeline) {
        JsonObject units = first.getAsJsonObject("outputs");
        JsonObject metrics = first.getAsJsonObject("metrics");
        List<OutputColumn> outputs = new ArrayList<>();
        for (String name : names) {
            int dot = name.indexOf('.');
            String node = dot < 0 ? name : name.substring(0, dot);
            String output = dot < 0 ? "" : name.substring(dot + 1);
            JsonObject o = units == null ? null : units.getAsJsonObject(name);
            String unit = o == null ? "" : text(o, "unit");
            MechanismSpec spec = specOf(pipeline, node);
            String description = spec == null ? "" : RunDataFactory.descriptionOf(spec, output);
            outputs.add(new OutputColumn(node, output, spec == null ? "" : spec.id(), description, unit,
                    levels(metrics, name)));
        }
        return outputs;
    }

    /** @return the time-above thresholds of the metrics on {@code name}, as {@link RunDataFactory} draws them */
    private static List<ReferenceLevel> levels(JsonObject metrics, String name) {
        List<ReferenceLevel> levels = new ArrayList<>();
        for (Map.Entry<String, JsonElement> e : metrics.entrySet()) {
            JsonObject m = e.getValue().getAsJsonObject();
            if (name.equals(text(m, "output")) && MetricSpec.Kind.TIME_ABOVE.word().equals(text(m, "kind"))) {
                levels.add(new ReferenceLevel(m.get("threshold").getAsDouble(), text(m, "label")));
            }
        }
        return levels;
    }

    private static List<MetricColumn> metrics(JsonObject first) {
        List<MetricColumn> metrics = new ArrayList<>();
        for (Map.Entry<String, JsonElement> e : first.getAsJsonObject("metrics").entrySet()) {
            JsonObject m = e.getValue().getAsJsonObject();
            metrics.add(new MetricColumn(e.getKey(), text(m, "label"), text(m, "unit")));
        }
        return metrics;
    }

    private static ScenarioData scenario(JsonObject s, TimeseriesFile series, List<MetricColumn> metrics,
            Pipeline pipeline) {
        JsonObject values = s.getAsJsonObject("metrics");
        double[] headline = new double[metrics.size()];
        for (int m = 0; m < headline.length; m++) {
            String name = metrics.get(m).name();
            JsonObject v = values.getAsJsonObject(name);
            headline[m] = v == null ? Double.NaN : v.get(headlinePeriod(pipeline, name)).getAsDouble();
        }
        boolean complete = s.get("complete").getAsBoolean();
        String failure = complete ? null : text(s, "failure");
        double failureTime = complete || !s.has("failureTime") ? Double.NaN : s.get("failureTime").getAsDouble();
        return new ScenarioData(text(s, "id"), text(s, "name"), failure, text(s, "failureNode"), failureTime,
                series.time(), series.columns(), headline);
    }

    /**
     * @return {@code run} or {@code lastDay}: the period whose value is the metric's headline value
     *         ({@link org.ldnworkbench.core.metrics.RunSummary.MetricValue#headlineValue()}: the last day when its
     *         mechanism declares so, else the run; summary.json keeps both); {@code lastDay} when the mechanism is no
     *         longer installed, the period of most headline metrics
     */
    private static String headlinePeriod(Pipeline pipeline, String metric) {
        int dot = metric.indexOf('.');
        MechanismSpec spec = dot < 0 ? null : specOf(pipeline, metric.substring(0, dot));
        if (spec != null) {
            for (MetricSpec m : spec.metrics()) {
                if (m.id().equals(metric.substring(dot + 1))) {
                    return m.headline() == MetricSpec.Headline.LAST_DAY ? "lastDay" : "run";
                }
            }
        }
        return "lastDay";
    }

    private static MechanismSpec specOf(Pipeline pipeline, String nodeId) {
        Node node = pipeline.node(nodeId);
        return node == null ? null : MechanismRegistry.getDefault().spec(node.mechanism());
    }

    /** @return when the run started: summary.json's {@code started}, else the folder's name read as local time */
    private static Instant started(JsonObject summary, Path folder) {
        String started = text(summary, "started");
        if (!started.isEmpty()) {
            try {
                return Instant.parse(started);
            } catch (DateTimeParseException e) {
                // an edited or older summary: the folder's name says it too
            }
        }
        LocalDateTime local = RunFolders.startOf(folder.getFileName().toString());
        return local == null ? Instant.EPOCH : local.atZone(ZoneId.systemDefault()).toInstant();
    }

    private static String text(JsonObject o, String member) {
        JsonElement e = o.get(member);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }

    /** One scenario's {@code timeseries.csv}: the header's column names (without time) and the values. */
    record TimeseriesFile(Path file, List<String> names, double[] time, double[][] columns) {
        static TimeseriesFile read(Path file) throws IOException {
            List<double[]> rows = new ArrayList<>();
            List<String> names;
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String header = in.readLine();
                if (header == null || !header.startsWith("time")) {
                    throw new IOException(file + " line 1: expected the header time,node.output,...");
                }
                String[] parts = header.split(",", -1);
                names = List.of(parts).subList(1, parts.length);
                int line = 1;
                for (String text = in.readLine(); text != null; text = in.readLine()) {
                    line++;
                    if (!text.isEmpty()) {
                        rows.add(row(file, line, text, parts.length));
                    }
                }
            } catch (NoSuchFileException e) {
                throw new IOException(file + ": missing", e);
            }
            double[] time = new double[rows.size()];
            double[][] columns = new double[names.size()][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                double[] r = rows.get(i);
                time[i] = r[0];
                for (int c = 0; c < columns.length; c++) {
                    columns[c][i] = r[c + 1];
                }
            }
            return new TimeseriesFile(file, names, time, columns);
        }

        private static double[] row(Path file, int line, String text, int width) throws IOException {
            String[] cells = text.split(",", -1);
            if (cells.length != width) {
                throw new IOException(file + " line " + line + ": " + cells.length + " values for " + width
                        + " columns");
            }
            double[] r = new double[width];
            for (int c = 0; c < width; c++) {
                try {
                    r[c] = Double.parseDouble(cells[c]);
                } catch (NumberFormatException e) {
                    throw new IOException(file + " line " + line + ": value " + (c + 1) + " '" + cells[c]
                            + "' is not a number", e);
                }
            }
            return r;
        }
    }
}
