package org.ldnworkbench.receptor.core.tests;

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
import org.ldnworkbench.receptor.core.ReceptorMechanisms;

/** Builders of dosing -> pk -> receptor pipelines and of receptor nodes fed by constant plasma levels. */
final class ReceptorPipelines {
    private ReceptorPipelines() {
    }

    /** A regimen through the real PK model into the receptor node, under the given preset (null: default). */
    static Pipeline dosed(String preset, double amount, double first, double interval, int count, double end,
            double step) {
        Pipeline p = new Pipeline().name("receptor");
        p.simulation().start(0).end(end).step(step).rtol(1e-9).atol(1e-12);
        p.add(new Node("dosing", PkMechanisms.ORAL_DOSING).parameter("amount", amount).parameter("firstDose", first)
                .parameter("interval", interval).parameter("count", count));
        p.add(new Node("pk", PkMechanisms.NALTREXONE));
        p.add(new Node("receptor", ReceptorMechanisms.MU).preset(preset));
        p.connect("dosing.dose", "pk.dose");
        p.connect("pk.Cntx", "receptor.Cntx");
        p.connect("pk.Cntxol", "receptor.Cntxol");
        return p;
    }

    /** One dose at t = 0. */
    static Pipeline singleDose(String preset, double amount, double end, double step) {
        return dosed(preset, amount, 0, 24, 1, end, step);
    }

    /** The receptor node fed by constant plasma concentrations (ng/mL) from t = 0. */
    static Pipeline constantPlasma(String preset, double cntx, double cntxol, double end, double step) {
        Pipeline p = new Pipeline().name("constant plasma");
        p.simulation().start(0).end(end).step(step).rtol(1e-12).atol(1e-14);
        p.add(new Node("plasma", "test.receptor.constantPlasma").parameter("Cntx", cntx).parameter("Cntxol", cntxol));
        p.add(new Node("receptor", ReceptorMechanisms.MU).preset(preset));
        p.connect("plasma.Cntx", "receptor.Cntx");
        p.connect("plasma.Cntxol", "receptor.Cntxol");
        return p;
    }

    static SimulationResult run(Pipeline p) throws CompileException, SimulationException {
        return Simulator.run(new PipelineCompiler(MechanismRegistry.getDefault()).compile(p, "test", List.of()));
    }

    static double[] occupancy(SimulationResult r) {
        return r.column(r.columnIndex("receptor.occupancy"));
    }

    /** @return the highest occupancy at grid times t &lt;= until */
    static double peak(SimulationResult r, double until) {
        double[] v = occupancy(r);
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < r.length() && r.time()[i] <= until + 1e-9; i++) {
            best = Math.max(best, v[i]);
        }
        return best;
    }

    /** @return the occupancy at the grid point nearest to t */
    static double at(SimulationResult r, double t) {
        int i = (int) Math.round((t - r.time()[0]) / (r.time()[1] - r.time()[0]));
        return occupancy(r)[i];
    }
}
