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

    /** Oral dosing and PK beside a decay node x fed back through one gain g1: x' = (g - k) x. */
    static Pipeline oralBesideLoop(double k, double g) {
        Pipeline p = oral(100, 0, 12, 3);
        p.add(new Node("x", "test.decay").parameter("k", k));
        p.add(new Node("g1", "test.gain").parameter("g", g));
        p.connect("x.y", "g1.u");
        p.connect("g1.y", "x.u");
        return p;
    }

    /**
     * A decay node x (x' = -k x + u, x(0) = 1) whose output runs through a chain of gain nodes g0, g1, ... and back
     * into its input: x' = (g0 g1 ... - k) x.
     */
    static Pipeline gainLoop(String name, double k, double... gains) {
        Pipeline p = new Pipeline().name(name);
        p.add(new Node("x", "test.decay").parameter("k", k).parameter("x0", 1));
        String prev = "x.y";
        for (int i = 0; i < gains.length; i++) {
            p.add(new Node("g" + i, "test.gain").parameter("g", gains[i]));
            p.connect(prev, "g" + i + ".u");
            prev = "g" + i + ".y";
        }
        p.connect(prev, "x.u");
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
