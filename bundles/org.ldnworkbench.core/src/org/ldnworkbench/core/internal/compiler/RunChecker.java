package org.ldnworkbench.core.internal.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.pipeline.Pipeline;

/**
 * Checks one run of a pipeline (its scenario and layers) in named steps: the simulation settings, the names, the
 * nodes and their mechanisms, parameter values, tables, wiring, required inputs, evaluation order, the size of what
 * the run records, then the mechanisms' own check of their values. Each step reports into one list, in that order;
 * a step that needs the previous ones to hold runs only when they do. Nothing is instantiated beyond the bound
 * mechanism instances the last step asks: {@link CheckedRun#plan()} is the separate instantiation step.
 */
public final class RunChecker {
    private final MechanismCatalog catalog;
    private final MechanismInstances.Source source;

    private RunChecker(MechanismCatalog catalog, MechanismInstances.Source source) {
        this.catalog = catalog;
        this.source = source;
    }

    /** @return a checker creating fresh instances for each run, as a compiled run owns them */
    public static RunChecker forCompiling(MechanismCatalog catalog) {
        return new RunChecker(catalog, catalog::create);
    }

    /**
     * @return a checker sharing one instance per mechanism among the runs it checks (instances keep no run state),
     *         so that validating many scenarios loads and binds each class once
     */
    public static RunChecker forValidating(MechanismCatalog catalog) {
        return new RunChecker(catalog, new SharedInstances(catalog));
    }

    /** One bound instance per mechanism, but none of a mechanism given up on (its instance is not handed out again). */
    private static final class SharedInstances implements MechanismInstances.Source {
        private final MechanismCatalog catalog;
        // concurrent: a call left behind after the mechanism timeout may still come back and add its instance
        private final Map<String, Mechanism> bound = new ConcurrentHashMap<>();
        private final Set<String> forgotten = ConcurrentHashMap.newKeySet();

        SharedInstances(MechanismCatalog catalog) {
            this.catalog = catalog;
        }

        @Override
        public Mechanism create(String mechanismId) throws MechanismException {
            Mechanism m = forgotten.contains(mechanismId) ? null : bound.get(mechanismId);
            if (m == null) {
                m = catalog.create(mechanismId); // refuses a quarantined mechanism, with the reason
                if (!forgotten.contains(mechanismId)) {
                    bound.put(mechanismId, m);
                }
            }
            return m;
        }

        @Override
        public void forget(String mechanismId) {
            forgotten.add(mechanismId);
            bound.remove(mechanismId);
        }
    }

    /** @param layers the run's scenario (if any), then the layers from outside the file, in the order applied */
    public CheckedRun check(Pipeline pipeline, List<Layer> layers) {
        List<Problem> problems = new ArrayList<>();
        SimulationChecks.check(pipeline.simulation(), problems);
        if (!NodeTable.namesFollowTheRules(pipeline, layers, problems)) {
            return CheckedRun.failed(problems);
        }
        NodeTable nodes = NodeTable.resolve(pipeline, layers, catalog, problems);
        double[][] parameters = ParameterValues.resolve(nodes, layers, problems);
        double[][][][] tables = TableValues.resolve(nodes, problems);
        Wiring wiring = Wiring.connect(pipeline, nodes, problems);
        Wiring.checkRequiredInputs(nodes, wiring, problems);
        if (!problems.isEmpty()) {
            return CheckedRun.failed(problems);
        }
        EvaluationOrder order = EvaluationOrder.of(nodes, wiring, problems);
        if (order == null) {
            return CheckedRun.failed(problems);
        }
        SimulationChecks.checkRecordedValues(pipeline.simulation(), continuousOutputs(nodes), problems);
        if (!problems.isEmpty()) {
            return CheckedRun.failed(problems);
        }
        Mechanism[] mechanisms = MechanismInstances.createAndValidate(nodes, source, parameters, tables, catalog,
                problems);
        if (mechanisms == null) {
            return CheckedRun.failed(problems);
        }
        return new CheckedRun(List.copyOf(problems), nodes, parameters, tables, wiring, order, mechanisms);
    }

    private static int continuousOutputs(NodeTable nodes) {
        int n = 0;
        for (MechanismSpec spec : nodes.specs()) {
            n += (int) spec.outputs().stream().filter(o -> !o.isEvent()).count();
        }
        return n;
    }
}
