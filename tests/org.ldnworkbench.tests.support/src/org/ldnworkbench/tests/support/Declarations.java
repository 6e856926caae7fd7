package org.ldnworkbench.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.MetricSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.registry.MechanismRegistry;

/** Assertions on mechanism declarations as the extension registry reads them from plugin.xml. */
public final class Declarations {
    private Declarations() {
    }

    /** @return the declaration of a registered mechanism; fails when it is not registered */
    public static MechanismSpec registered(String mechanismId) {
        MechanismSpec s = MechanismRegistry.getDefault().spec(mechanismId);
        assertNotNull(s, mechanismId + " is not registered");
        return s;
    }

    /**
     * Asserts a parameter's unit, default and range, and that its source line is filled in (not an unresolved
     * %key).
     *
     * @return the parameter, for further checks
     */
    public static ParameterSpec assertParameter(MechanismSpec s, String name, String unit, double def, double min,
            double max) {
        ParameterSpec p = s.parameter(name);
        assertNotNull(p, s.id() + " declares no parameter " + name);
        assertEquals(unit, p.unit(), name + " unit");
        assertEquals(def, p.defaultValue(), 0.0, name + " default");
        assertEquals(min, p.min(), 0.0, name + " min");
        assertEquals(max, p.max(), 0.0, name + " max");
        assertEquals(false, p.source().isBlank() || p.source().startsWith("%"), name + " source: " + p.source());
        return p;
    }

    /** @return the declared metric with this id; fails when there is none */
    public static MetricSpec metric(MechanismSpec s, String id) {
        return s.metrics().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(s.id() + " declares no metric " + id));
    }
}
