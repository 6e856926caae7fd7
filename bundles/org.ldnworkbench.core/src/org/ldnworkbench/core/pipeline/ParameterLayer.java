package org.ldnworkbench.core.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Presets and parameter values set from outside a pipeline file for one run: the command line's {@code --set} and
 * {@code --preset}, a scan's value. The compiler applies layers after the run's scenario, in the order given, each
 * one's presets before its values (see {@code PipelineCompiler}); it checks their keys as it checks a scenario's and
 * names the layer by its {@link #origin()} in its problems ("command line parameters.pk.ka: ...").
 * <p>
 * Unlike a {@link Scenario}, a layer is not part of the pipeline and is never written to a file.
 *
 * @param origin what set the values, for messages: {@value #COMMAND_LINE}, {@code scan value pk.ka = 2.0}
 * @param presets node id to preset id, in the order given (unmodifiable copy)
 * @param values {@code node.param} to value, in the order given (unmodifiable copy)
 * @since 0.1
 */
public record ParameterLayer(String origin, Map<String, String> presets, Map<String, Double> values) {
    /**
     * The origin of the command line's {@code --set} and {@code --preset} layer.
     *
     * @since 0.1
     */
    public static final String COMMAND_LINE = "command line";

    /**
     * @throws IllegalArgumentException when the origin is blank (problems could not name the layer)
     * @throws NullPointerException when a map, a key or a value is null
     * @since 0.1
     */
    public ParameterLayer {
        if (Objects.requireNonNull(origin, "origin").isBlank()) {
            throw new IllegalArgumentException("a parameter layer names its origin for messages");
        }
        presets = Collections.unmodifiableMap(copy(presets, "presets"));
        values = Collections.unmodifiableMap(copy(values, "values"));
    }

    private static <V> Map<String, V> copy(Map<String, V> map, String what) {
        Map<String, V> copy = new LinkedHashMap<>();
        Objects.requireNonNull(map, what).forEach((k, v) -> copy.put(Objects.requireNonNull(k, what + " key"),
                Objects.requireNonNull(v, what + " value")));
        return copy;
    }

    /**
     * @return the command line's layer: its {@code --preset} choices and {@code --set} values
     * @since 0.1
     */
    public static ParameterLayer commandLine(Map<String, String> presets, Map<String, Double> values) {
        return new ParameterLayer(COMMAND_LINE, presets, values);
    }

    /**
     * @return the layer of one scan value: {@code parameter} ({@code node.param}) set to {@code value}
     * @since 0.1
     */
    public static ParameterLayer scanValue(String parameter, double value) {
        return new ParameterLayer("scan value " + parameter + " = " + value, Map.of(), Map.of(parameter, value));
    }

    /**
     * @return whether the layer sets nothing
     * @since 0.1
     */
    public boolean isEmpty() {
        return presets.isEmpty() && values.isEmpty();
    }
}
