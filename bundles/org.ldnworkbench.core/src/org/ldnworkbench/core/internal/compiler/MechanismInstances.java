package org.ldnworkbench.core.internal.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.internal.engine.Quarantine;
import org.ldnworkbench.core.internal.engine.StuckCallException;
import org.ldnworkbench.core.internal.engine.SupervisedRun;
import org.ldnworkbench.core.mechanism.EventSource;
import org.ldnworkbench.core.mechanism.InvalidSettingsException;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.PortSpec;

/**
 * The mechanisms' own step: one bound instance per node (loading its class, nothing more), then each mechanism's
 * {@link Mechanism#validate} on the node's resolved values, a refusal reported as a problem naming node, mechanism,
 * the parameters involved with their values and the mechanism's reason. Both run plugin code, so both are watched by
 * the {@linkplain Simulator#mechanismTimeout() mechanism timeout} as a run's calls are: a constructor, {@code bind}
 * or {@code validate} that never returns is reported as a problem of its node, its mechanism quarantined, and its
 * thread left.
 */
final class MechanismInstances {
    /** Where instances come from: the catalog, or a cache of it while checking many runs of one pipeline. */
    @FunctionalInterface
    interface Source {
        Mechanism create(String mechanismId) throws MechanismException;
    }

    private MechanismInstances() {
    }

    /** The call of plugin code in progress, for naming it when it does not return. */
    private static final class Progress {
        volatile int node = -1;
        volatile String call = "";

        void at(int i, String what) {
            call = what;
            node = i;
        }
    }

    private static final String CREATING = "creating and binding it";
    private static final String CHECKING = "checking its values";

    /** What the plugin code of the step found. */
    private record Outcome(Mechanism[] mechanisms, List<Problem> problems, boolean created) {
    }

    /**
     * Creates one bound instance per node and, when every node has one, asks each whether it accepts the node's
     * values, on an engine thread within the mechanism timeout.
     *
     * @param catalog where a mechanism whose call did not return is quarantined
     * @return one bound instance per node, the refusals of {@code validate} added to {@code problems}; null when an
     *         instance could not be created or a call did not return (its problems added)
     */
    static Mechanism[] createAndValidate(NodeTable table, Source source, double[][] params, double[][][][] tables,
            MechanismCatalog catalog, List<Problem> problems) {
        Progress progress = new Progress();
        long budget = Simulator.mechanismTimeout().toNanos();
        try {
            // problems of their own: a call left behind must not add to the caller's list later
            Outcome o = SupervisedRun.call(budget, () -> {
                List<Problem> found = new ArrayList<>();
                Mechanism[] mechanisms = create(table, source, found, progress);
                boolean created = found.isEmpty();
                if (created) {
                    validate(table, mechanisms, params, tables, found, progress);
                }
                return new Outcome(mechanisms, found, created);
            });
            problems.addAll(o.problems());
            return o.created() ? o.mechanisms() : null;
        } catch (TimeoutException e) {
            problems.add(stuck(table, progress, StuckCallException.seconds(budget), catalog));
            return null;
        }
    }

    /** @return the problem of the call that did not return, its mechanism quarantined */
    private static Problem stuck(NodeTable table, Progress progress, String budget, MechanismCatalog catalog) {
        int i = progress.node;
        String call = progress.call;
        MechanismSpec spec = table.specs()[i];
        String from = spec.contributor().isEmpty() ? "" : " from " + spec.contributor();
        Quarantine.of(catalog, spec.id(), "mechanism " + spec.id() + from + " is quarantined: a call " + call
                + " did not return within " + budget + " (node '" + table.id(i) + "')");
        return new Problem(table.id(i), "mechanism", "mechanism " + spec.id() + from + " did not return from " + call
                + " within " + budget + "; its thread is left and the mechanism quarantined");
    }

    /** @return one bound instance per node; an entry is null where its problem was reported */
    private static Mechanism[] create(NodeTable table, Source source, List<Problem> problems, Progress progress) {
        Mechanism[] mechanisms = new Mechanism[table.size()];
        for (int i = 0; i < table.size(); i++) {
            MechanismSpec spec = table.specs()[i];
            progress.at(i, CREATING);
            try {
                mechanisms[i] = source.create(spec.id());
                if (spec.outputs().stream().anyMatch(PortSpec::isEvent) && !(mechanisms[i] instanceof EventSource)) {
                    problems.add(new Problem(table.id(i), "mechanism", spec.id()
                            + " declares event outputs but its class is no EventSource"));
                }
            } catch (MechanismException | RuntimeException e) {
                problems.add(new Problem(table.id(i), "mechanism", e.getMessage()));
            }
        }
        return mechanisms;
    }

    /** Asks each node's mechanism whether it accepts the node's values together. */
    private static void validate(NodeTable table, Mechanism[] mechanisms, double[][] params, double[][][][] tables,
            List<Problem> problems, Progress progress) {
        for (int i = 0; i < table.size(); i++) {
            MechanismSpec spec = table.specs()[i];
            progress.at(i, CHECKING);
            try {
                mechanisms[i].validate(params[i].clone(), tables[i]);
            } catch (InvalidSettingsException e) {
                problems.add(refusal(table.id(i), spec, params[i], e));
            } catch (RuntimeException e) {
                problems.add(new Problem(table.id(i), "mechanism", "mechanism " + spec.id()
                        + " failed checking its values: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            }
        }
    }

    private static Problem refusal(String node, MechanismSpec spec, double[] p, InvalidSettingsException e) {
        List<String> fields = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String name : e.names()) {
            int k = spec.parameterIndex(name);
            if (k >= 0) {
                ParameterSpec ps = spec.parameters().get(k);
                fields.add("parameters." + name);
                values.add(name + " = " + p[k] + (ps.unit().isEmpty() || ps.unit().equals("-") ? ""
                        : " " + ps.unit()));
            } else {
                fields.add((spec.tableIndex(name) >= 0 ? "tables." : "") + name);
                values.add(spec.tableIndex(name) >= 0 ? "table '" + name + "'" : "'" + name + "'");
            }
        }
        return Problem.refusedByMechanism(node, spec.id(), fields, String.join(", ", values), e.getMessage());
    }
}
