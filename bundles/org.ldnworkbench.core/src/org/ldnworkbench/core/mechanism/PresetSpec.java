package org.ldnworkbench.core.mechanism;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A named set of parameter values of one mechanism, for example a calibration or a hypothesis.
 *
 * @since 0.1
 */
public final class PresetSpec {
    private final String id;
    private final String name;
    private final String description;
    private final boolean isDefault;
    private final Map<String, Double> values;

    public PresetSpec(String id, String name, String description, boolean isDefault, Map<String, Double> values) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = name == null || name.isBlank() ? id : name;
        this.description = description == null ? "" : description;
        this.isDefault = isDefault;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String id() { return id; }
    public String name() { return name; }
    public String description() { return description; }
    /** @return whether this preset applies when a node names none */
    public boolean isDefault() { return isDefault; }
    /** @return parameter name to value, in declaration order */
    public Map<String, Double> values() { return values; }

    @Override
    public String toString() {
        return id + values;
    }
}
