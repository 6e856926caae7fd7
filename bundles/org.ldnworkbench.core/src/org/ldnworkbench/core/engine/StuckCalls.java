package org.ldnworkbench.core.engine;

import org.ldnworkbench.core.internal.engine.Plan;
import org.ldnworkbench.core.internal.engine.Quarantine;
import org.ldnworkbench.core.internal.engine.StuckCallException;

/**
 * What a mechanism call that never returned becomes: the run's failure, naming node, call, time, budget, mechanism
 * and bundle, and the mechanism's quarantine in the catalog the pipeline was compiled against, so that the next
 * pipeline using it is refused at compile time with the reason instead of losing another thread.
 */
final class StuckCalls {
    private StuckCalls() {
    }

    /** Quarantines the mechanism and returns the run's failure (without the partial result, added by the caller). */
    static SimulationException reported(CompiledPipeline pipeline, Plan plan, StuckCallException e) {
        int n = e.node();
        if (n < 0) {
            // the stuck call could not be named: better no quarantine than one of an innocent mechanism
            return new SimulationException("a mechanism call did not return at t = " + Simulator.fmt(e.time())
                    + " h within " + e.budget() + "; the run is stopped and its thread left", e.time(), "", e);
        }
        String node = plan.nodeId(n);
        String mechanism = plan.mechanismId(n);
        String bundle = plan.contributor(n);
        String from = bundle.isEmpty() ? "" : " from " + bundle;
        String where = "node '" + node + "'" + (pipeline.scenarioId().isEmpty() ? ""
                : " (scenario '" + pipeline.scenarioId() + "')") + ", t = " + Simulator.fmt(e.time()) + " h";
        Quarantine.of(pipeline.catalog(), mechanism, "mechanism " + mechanism + from + " is quarantined: a call "
                + e.what() + " did not return within " + e.budget() + " (" + where + ")");
        return new SimulationException("node '" + node + "': mechanism " + mechanism + " did not return from "
                + e.what() + " at t = " + Simulator.fmt(e.time()) + " h within " + e.budget()
                + "; the run is stopped, its thread left and the mechanism quarantined (mechanism " + mechanism + from
                + ")", e.time(), node, e);
    }
}
