package org.ldnworkbench.ui.tests.pages;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.ParameterStatus;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.mechanism.PresetSpec;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.Scenario;

/**
 * Declarations for the pages' tests: a receptor-like mechanism with a default preset and a second one, a dosing-like
 * one with an integer count and an assumed amount, and a catalog of both that never creates instances (the pages'
 * logic reads declarations only).
 */
final class TestMechanisms {
    static final String RECEPTOR = "test.receptor";
    static final String DOSING = "test.dosing";

    static final MechanismSpec RECEPTOR_SPEC = new MechanismSpec.Builder(RECEPTOR).name("Receptor")
            .parameter(new ParameterSpec("ke0", "1/h", 0.05, 0.001, 20, ParameterStatus.CALIBRATED, "PET", "", ""))
            .parameter(new ParameterSpec("EC50", "ng/mL", 0.65, 0.01, 100, ParameterStatus.CALIBRATED, "PET", "",
                    ""))
            .parameter(new ParameterSpec("hill", "-", 1, 0.5, 4, ParameterStatus.ASSUMED, "", "", "a guess"))
            .preset(new PresetSpec("pet", "PET", "", true, Map.of("ke0", 0.06, "EC50", 0.7)))
            .preset(new PresetSpec("rapid", "Rapid", "", false, Map.of("ke0", 3.0, "EC50", 1.8)))
            .output(new PortSpec("occupancy", "fraction", PortSpec.Kind.CONTINUOUS, "", List.of()))
            .output(new PortSpec("free", "fraction", PortSpec.Kind.CONTINUOUS, "", List.of()))
            .build();

    static final MechanismSpec DOSING_SPEC = new MechanismSpec.Builder(DOSING).name("Dosing")
            .parameter(new ParameterSpec("amount", "mg", 4.5, 0, 1000, ParameterStatus.ASSUMED, "", "", ""))
            .parameter(new ParameterSpec("count", "-", 56, 0, 100000, ParameterStatus.ASSUMED, "", "", "", true))
            .output(new PortSpec("dose", "mg", PortSpec.Kind.EVENT, "", List.of()))
            .build();

    /** Both test mechanisms; creating an instance is not needed by the pages' logic and refused. */
    static final MechanismCatalog CATALOG = new MechanismCatalog() {
        @Override
        public MechanismSpec spec(String id) {
            return RECEPTOR.equals(id) ? RECEPTOR_SPEC : DOSING.equals(id) ? DOSING_SPEC : null;
        }

        @Override
        public Collection<MechanismSpec> all() {
            return List.of(RECEPTOR_SPEC, DOSING_SPEC);
        }

        @Override
        public Mechanism create(String id) throws MechanismException {
            throw new MechanismException("the pages' tests create no mechanism instances, asked for " + id);
        }
    };

    /** @return dosing (amount 10 of its own) and receptor (no preset named: the default preset applies) */
    static Pipeline pipeline() {
        Pipeline p = new Pipeline().name("t");
        p.add(new Node("dosing", DOSING).parameter("amount", 10));
        p.add(new Node("receptor", RECEPTOR));
        Scenario low = new Scenario("low", "Low dose");
        low.parameters().put("dosing.amount", 4.5);
        Scenario fast = new Scenario("fast", "Rapid receptor");
        fast.presets().put("receptor", "rapid");
        p.scenarios().add(low);
        p.scenarios().add(fast);
        return p;
    }

    private TestMechanisms() {
    }
}
