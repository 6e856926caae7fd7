package org.ldnworkbench.ui.internal.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.MetricSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.metrics.ParameterScan;
import org.ldnworkbench.core.metrics.StreamingSummary;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PortRef;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.ui.internal.editor.pages.EffectiveValue;

/**
 * What the scan wizard offers for one pipeline: every parameter of its nodes (with unit, declared range and the value
 * the pipeline gives it), the metrics its mechanisms declare (in their declared order) and its scenarios.
 * The pipeline is compiled once here, so that a pipeline that cannot run is refused before the wizard opens, with the
 * compiler's message naming node and field.
 */
public final class ScanChoices {
    /**
     * A parameter the scan can vary.
     *
     * @param name {@code node.param}
     * @param spec its declaration (unit, range, whole numbers)
     * @param current the value the pipeline's node gives it (its preset or own value, no scenario)
     */
    public record Parameter(String name, ParameterSpec spec, double current) {
        /** @return the unit, or empty for a dimensionless parameter */
        public String unit() {
            return "-".equals(spec.unit()) ? "" : spec.unit();
        }
    }

    private final Pipeline pipeline;
    private final List<Parameter> parameters;
    private final List<ParameterScan.Metric> metrics;
    private final int defaultParameter;

    private ScanChoices(Pipeline pipeline, List<Parameter> parameters, List<ParameterScan.Metric> metrics,
            int defaultParameter) {
        this.pipeline = pipeline;
        this.parameters = List.copyOf(parameters);
        this.metrics = List.copyOf(metrics);
        this.defaultParameter = defaultParameter;
    }

    /**
     * @param pipeline the pipeline as the editor shows it (copied)
     * @param source the file name, for the compiler's messages
     * @throws CompileException when the pipeline cannot run; the message names the problems
     */
    public static ScanChoices of(Pipeline pipeline, String source, PipelineCompiler compiler) throws CompileException {
        Pipeline p = pipeline.copy();
        List<CompiledPipeline> compiled = compiler.compileAll(p, source, List.of());
        List<ParameterScan.Metric> metrics = new ArrayList<>(StreamingSummary.metricsOnly(compiled.get(0)).metrics());
        // the summary's order, which the command line's scan.csv columns follow too
        metrics.sort(Comparator.comparingInt(m -> m.spec().order()));
        List<Parameter> parameters = new ArrayList<>();
        int dose = -1;
        for (Node node : p.nodes()) {
            MechanismSpec spec = compiler.catalog().spec(node.mechanism());
            for (ParameterSpec ps : spec.parameters()) {
                if (dose < 0 && emitsEvents(spec)) {
                    dose = parameters.size();
                }
                parameters.add(new Parameter(new PortRef(node.id(), ps.name()).toString(), ps,
                        EffectiveValue.of(node, spec, ps, null).value()));
            }
        }
        return new ScanChoices(p, parameters, metrics, Math.max(dose, 0));
    }

    /** A node that emits events (the oral dosing regimen) is the dosing node; its first parameter is the dose. */
    private static boolean emitsEvents(MechanismSpec spec) {
        return spec.outputs().stream().anyMatch(PortSpec::isEvent);
    }

    /** @return the pipeline the choices are of (a copy: the editor's later edits do not reach it) */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** @return every parameter of every node, in node and declaration order */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** @return the parameter first offered: the dose of the dosing node, else the first parameter */
    public Parameter defaultParameter() {
        return parameters.isEmpty() ? null : parameters.get(defaultParameter);
    }

    /** @return the parameter named {@code node.param}, or null */
    public Parameter parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /** @return the declared metrics, in their declared order (that of the run summary and the command line) */
    public List<ParameterScan.Metric> metrics() {
        return metrics;
    }

    /** @return whether a metric is chosen at first: the headline metrics, those the run summary shows */
    public static boolean chosenByDefault(ParameterScan.Metric metric) {
        return metric.spec().headline() != MetricSpec.Headline.NONE;
    }

    /** @return the pipeline's scenarios (empty when it runs once, as itself) */
    public List<Scenario> scenarios() {
        return pipeline.scenarios();
    }

    /**
     * @return the range first offered for a parameter: a decade below to a decade above its value on a log scale,
     *         kept inside the declared range; the declared range on a linear scale when the value is not above 0
     */
    public static SuggestedRange suggestedRange(Parameter p) {
        ParameterSpec s = p.spec();
        if (p.current() > 0) {
            double from = Math.max(s.min(), ScanValues.round(p.current() / 10, 2));
            double to = Math.min(s.max(), ScanValues.round(p.current() * 10, 2));
            if (from > 0 && to > from) {
                return whole(new SuggestedRange(from, to, ScanValues.Spacing.LOG), s);
            }
        }
        double from = Double.isFinite(s.min()) ? s.min() : p.current();
        double to = Double.isFinite(s.max()) ? s.max() : from + 1;
        return whole(new SuggestedRange(from, to > from ? to : from + 1, ScanValues.Spacing.LINEAR), s);
    }

    private static SuggestedRange whole(SuggestedRange r, ParameterSpec s) {
        if (!s.integer()) {
            return r;
        }
        double from = Math.max(Math.ceil(r.from()), Math.ceil(s.min()));
        double to = Math.max(from + 1, Math.floor(r.to()));
        return new SuggestedRange(from, to, r.spacing());
    }

    /**
     * A range the wizard fills in when a parameter is chosen.
     *
     * @param from the first value
     * @param to the last value
     * @param spacing the spacing
     */
    public record SuggestedRange(double from, double to, ScanValues.Spacing spacing) {
    }
}
