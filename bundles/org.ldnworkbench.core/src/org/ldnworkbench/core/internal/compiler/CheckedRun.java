package org.ldnworkbench.core.internal.compiler;

import java.util.List;

import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.internal.engine.Plan;
import org.ldnworkbench.core.internal.engine.PlanBuilder;
import org.ldnworkbench.core.mechanism.Mechanism;

/**
 * What checking one run found: its problems and, when there are none, everything the instantiation step needs.
 *
 * @param problems every problem found, in the order of the steps; empty when the run can be instantiated
 * @param nodes the nodes and their declarations
 * @param parameters per node, the resolved values in declaration order
 * @param tables per node and declared table, its rows
 * @param wiring the signals feeding each input, and the event targets
 * @param order the evaluation order of the continuous outputs
 * @param mechanisms per node, its bound instance (validated)
 */
public record CheckedRun(List<Problem> problems, NodeTable nodes, double[][] parameters, double[][][][] tables,
        Wiring wiring, EvaluationOrder order, Mechanism[] mechanisms) {

    static CheckedRun failed(List<Problem> problems) {
        return new CheckedRun(List.copyOf(problems), null, null, null, null, null, null);
    }

    /**
     * The instantiation step: the flat plan the simulator runs, built from the checked tables.
     *
     * @throws IllegalStateException when the run has problems
     */
    public Plan plan() {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("a run with problems cannot be instantiated: " + problems.get(0));
        }
        String[] ids = new String[nodes.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = nodes.id(i);
        }
        return new PlanBuilder(ids, nodes.specs(), mechanisms, parameters, tables, wiring.inputSource(), order.node(),
                order.output(), wiring.eventTargets()).build();
    }
}
