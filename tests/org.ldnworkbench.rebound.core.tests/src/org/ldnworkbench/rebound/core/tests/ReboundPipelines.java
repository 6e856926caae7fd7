package org.ldnworkbench.rebound.core.tests;

import java.util.List;

import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.pk.core.PkMechanisms;
import org.ldnworkbench.rebound.core.ReboundMechanisms;
import org.ldnworkbench.receptor.core.ReceptorMechanisms;

/** Builders of rebound pipelines: the full dosing -> pk -> receptor -> rebound chain, or a constant occupancy. */
final class ReboundPipelines {
    private ReboundPipelines() {
    }

    /** A daily regimen of {@code days} doses through the real PK and receptor models, over {@code days} days. */
    static Pipeline daily(String receptorPreset, double amount, double clock, int days) {
        Pipeline p = new Pipeline().name("rebound");
        p.simulation().start(0).end(24.0 * days).step(0.1).rtol(1e-9).atol(1e-12);
        p.add(new Node("dosing", PkMechanisms.ORAL_DOSING).parameter("amount", amount).parameter("firstDose", clock)
                .parameter("interval", 24).parameter("count", days));
        p.add(new Node("pk", PkMechanisms.NALTREXONE));
        p.add(new Node("receptor", ReceptorMechanisms.MU).preset(receptorPreset));
        p.add(new Node("rebound", ReboundMechanisms.ENDOGENOUS));
        p.connect("dosing.dose", "pk.dose");
        p.connect("pk.Cntx", "receptor.Cntx");
        p.connect("pk.Cntxol", "receptor.Cntxol");
        p.connect("receptor.occupancy", "rebound.occupancy");
        return p;
    }

    /** The rebound node under a constant occupancy from t = 0. */
    static Pipeline constantOccupancy(double occupancy, double end, double step) {
        Pipeline p = new Pipeline().name("constant occupancy");
        p.simulation().start(0).end(end).step(step).rtol(1e-11).atol(1e-13);
        p.add(new Node("blocker", "test.rebound.constantOccupancy").parameter("occupancy", occupancy));
        p.add(new Node("rebound", ReboundMechanisms.ENDOGENOUS));
        p.connect("blocker.occupancy", "rebound.occupancy");
        return p;
    }

    static SimulationResult run(Pipeline p) throws CompileException, SimulationException {
        return Simulator.run(new PipelineCompiler(MechanismRegistry.getDefault()).compile(p, "test", List.of()));
    }

}
