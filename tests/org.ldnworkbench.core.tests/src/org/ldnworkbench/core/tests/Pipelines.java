package org.ldnworkbench.core.tests;

import java.util.List;

import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.registry.MechanismRegistry;

/** Builders of the small test pipelines over the mock mechanisms of this fragment. */
final class Pipelines {
    private Pipelines() {
    }

    static Pipeline oral(double amount, double first, double interval, int count) {
        Pipeline p = new Pipeline().name("oral");
        p.simulation().start(0).end(48).step(0.25).rtol(1e-11).atol(1e-14);
        p.add(new Node("dosing", "test.bolus").parameter("amount", amount).parameter("first", first)
                .parameter("interval", interval).parameter("count", count));
        p.add(new Node("pk", "test.oneCompartment"));
        p.connect("dosing.dose", "pk.dose");
        return p;
    }

    static CompiledPipeline compile(Pipeline p) throws CompileException {
        return new PipelineCompiler(MechanismRegistry.getDefault()).compile(p, "test", List.of());
    }

    /** Bateman function: concentration after one oral dose D at time 0. */
    static double bateman(double t, double d, double ka, double ke, double v, double f) {
        if (t < 0) {
            return 0;
        }
        return f * d * ka / (v * (ka - ke)) * (Math.exp(-ke * t) - Math.exp(-ka * t));
    }
}
