package org.ldnworkbench.core.mechanism;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A named set of parameter values of one mechanism, for example a calibration or a hypothesis.
 *
 * @param id preset id, unique within its mechanism
 * @param name display name; the id when none is given
 * @param description one-line meaning, or empty
 * @param isDefault whether this preset applies when a node names none
 * @param values parameter name to value, in declaration order (an unmodifiable copy)
 *
 * @since 0.1
 */
public record PresetSpec(String id, String name, String description, boolean isDefault, Map<String, Double> values) {

    /**
     * Copies the values, keeping their order, and reads a null or blank name as the id and a null description as
     * empty.
     *
     * @throws NullPointerException when the id or the values are null
     * @since 0.1
     */
    public PresetSpec {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name;
        description = description == null ? "" : description;
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** @return e.g. {@code fast{ka=2.0}} */
    @Override
    public String toString() {
        return id + values;
    }
}
