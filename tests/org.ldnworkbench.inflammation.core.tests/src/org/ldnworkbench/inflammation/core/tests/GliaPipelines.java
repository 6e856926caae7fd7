package org.ldnworkbench.inflammation.core.tests;

import java.util.List;

import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.inflammation.core.InflammationMechanisms;
import org.ldnworkbench.pk.core.PkMechanisms;

/** Builders of glia pipelines: constant inputs, or real naltrexone PK with constant signalling. */
final class GliaPipelines {
    private GliaPipelines() {
    }

    /** The glia node under constant plasma naltrexone (ng/mL) and constant signalling (relative). */
    static Pipeline constant(double cntx, double signaling, double end, double step) {
        Pipeline p = new Pipeline().name("constant inputs");
        p.simulation().start(0).end(end).step(step).rtol(1e-12).atol(1e-14);
        p.add(new Node("plasma", "test.inflammation.constantPlasma").parameter("Cntx", cntx));
        p.add(new Node("opioid", "test.inflammation.constantSignaling").parameter("signaling", signaling));
        p.add(new Node("glia", InflammationMechanisms.GLIA));
        p.connect("plasma.Cntx", "glia.Cntx");
        p.connect("opioid.signaling", "glia.signaling");
        return p;
    }

    /** Daily oral doses through the real PK model, signalling held at its baseline 1. */
    static Pipeline dosed(double amount, double clock, int days) {
        Pipeline p = new Pipeline().name("dosed");
        p.simulation().start(0).end(24.0 * days).step(0.01).rtol(1e-9).atol(1e-12);
        p.add(new Node("dosing", PkMechanisms.ORAL_DOSING).parameter("amount", amount).parameter("firstDose", clock)
                .parameter("interval", 24).parameter("count", days));
        p.add(new Node("pk", PkMechanisms.NALTREXONE));
        p.add(new Node("opioid", "test.inflammation.constantSignaling").parameter("signaling", 1));
        p.add(new Node("glia", InflammationMechanisms.GLIA));
        p.connect("dosing.dose", "pk.dose");
        p.connect("pk.Cntx", "glia.Cntx");
        p.connect("opioid.signaling", "glia.signaling");
        return p;
    }

    static SimulationResult run(Pipeline p) throws CompileException, SimulationException {
        return Simulator.run(new PipelineCompiler(MechanismRegistry.getDefault()).compile(p, "test", List.of()));
    }

}
