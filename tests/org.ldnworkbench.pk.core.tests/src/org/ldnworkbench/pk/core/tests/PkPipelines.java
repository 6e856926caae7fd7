package org.ldnworkbench.pk.core.tests;

import java.util.List;

import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.pk.core.PkMechanisms;

/** Builders of dosing -> pk pipelines and helpers to read their results. */
final class PkPipelines {
    private PkPipelines() {
    }

    /** A regimen of {@code count} doses of {@code amount} mg every {@code interval} h from {@code first}. */
    static Pipeline regimen(double amount, double first, double interval, int count, double end, double step) {
        Pipeline p = new Pipeline().name("pk");
        p.simulation().start(0).end(end).step(step).rtol(1e-9).atol(1e-12);
        p.add(new Node("dosing", PkMechanisms.ORAL_DOSING).parameter("amount", amount).parameter("firstDose", first)
                .parameter("interval", interval).parameter("count", count));
        p.add(new Node("pk", PkMechanisms.NALTREXONE));
        p.connect("dosing.dose", "pk.dose");
        return p;
    }

    /** One dose of {@code amount} mg at t = 0. */
    static Pipeline singleDose(double amount, double end, double step) {
        return regimen(amount, 0, 24, 1, end, step);
    }

    static CompiledPipeline compile(Pipeline p) throws CompileException {
        return new PipelineCompiler(MechanismRegistry.getDefault()).compile(p, "test", List.of());
    }

    static SimulationResult run(Pipeline p) throws CompileException, SimulationException {
        return Simulator.run(compile(p));
    }


    /** @return {maximum, time of the first maximum} of a column over the recorded grid */
    static double[] peak(SimulationResult r, String name) {
        double[] v = r.column(name);
        int best = 0;
        for (int i = 1; i < r.length(); i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return new double[] { v[best], r.time()[best] };
    }
}
