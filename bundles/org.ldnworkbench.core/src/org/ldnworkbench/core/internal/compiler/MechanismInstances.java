package org.ldnworkbench.core.internal.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.internal.engine.Quarantine;
import org.ldnworkbench.core.internal.engine.StuckCallException;
import org.ldnworkbench.core.internal.engine.WatchedCalls;
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

        /** Gives up a cached instance of a mechanism that has just been quarantined: it is not handed out again. */
        default void forget(String mechanismId) {
            // nothing cached
        }
    }

    private MechanismInstances() {
    }

    private static final String CREATING = "creating and binding it";
    private static final String CHECKING = "checking its values";

    /** What the plugin code of the step found. */
    private record Outcome(Mechanism[] mechanisms, List<Problem> problems, boolean created) {
    }

    /**
     * Creates one bound instance per node and, when every node has one, asks each whether it accepts the node's
     * values, on an engine thread, each call within the mechanism timeout.
     *
     * @param catalog where a mechanism whose call did not return is quarantined
     * @return one bound instance per node, the refusals of {@code validate} added to {@code problems}; null when an
     *         instance could not be created or a call did not return (its problems added)
     */
    static Mechanism[] createAndValidate(NodeTable table, Source source, double[][] params, double[][][][] tables,
            MechanismCatalog catalog, List<Problem> problems) {
        long budget = Simulator.mechanismTimeout().toNanos();
        List<Problem> stuck = new ArrayList<>();
        try {
            // problems of their own: a call left behind must not add to the caller's list later
            Outcome o = WatchedCalls.run(budget, marks -> {
                List<Problem> found = new ArrayList<>();
                Mechanism[] mechanisms = create(table, source, found, marks);
                boolean created = found.isEmpty();
                if (created) {
                    validate(table, mechanisms, params, tables, found, marks);
                }
                return new Outcome(mechanisms, found, created);
            }, (node, call) -> stuck.add(stuck(table, node, call, StuckCallException.seconds(budget), source,
                    catalog)));
            problems.addAll(o.problems());
            return o.created() ? o.mechanisms() : null;
        } catch (TimeoutException e) {
            problems.addAll(stuck);
            return null;
        }
    }

    /** @return the problem of the call that did not return, its mechanism quarantined where the catalog can */
    private static Problem stuck(NodeTable table, int node, String call, String budget, Source source,
            MechanismCatalog catalog) {
        if (node < 0) {
            return new Problem("", "", "the mechanisms' code did not start within " + budget
                    + " (the machine is too busy): no pipeline was checked");
        }
        MechanismSpec spec = table.specs()[node];
        String from = spec.contributor().isEmpty() ? "" : " from " + spec.contributor();
        boolean quarantined = Quarantine.of(catalog, spec.id(), "mechanism " + spec.id() + from
                + " is quarantined: a call " + call + " did not return within " + budget + " (node '"
                + table.id(node) + "')");
        source.forget(spec.id());
        return new Problem(table.id(node), "mechanism", "mechanism " + spec.id() + from + " did not return from "
                + call + " within " + budget + "; its thread is left" + (quarantined ? " and the mechanism quarantined"
                        : ""));
    }

    /**
     * @return one bound instance per node; an entry is null where its problem was reported (or where the body was
     *         given up on)
     */
    private static Mechanism[] create(NodeTable table, Source source, List<Problem> problems,
            WatchedCalls.Marks marks) {
        Mechanism[] mechanisms = new Mechanism[table.size()];
        for (int i = 0; i < table.size(); i++) {
            MechanismSpec spec = table.specs()[i];
            if (!marks.start(i, CREATING)) {
                return mechanisms;
            }
            try {
                mechanisms[i] = source.create(spec.id());
                if (spec.outputs().stream().anyMatch(PortSpec::isEvent) && !(mechanisms[i] instanceof EventSource)) {
                    problems.add(new Problem(table.id(i), "mechanism", spec.id()
                            + " declares event outputs but its class is no EventSource"));
                }
            } catch (MechanismException | RuntimeException e) {
                problems.add(new Problem(table.id(i), "mechanism", e.getMessage()));
            } catch (Exception e) { // a checked exception thrown past the compiler (Kotlin, "sneaky throws")
                problems.add(new Problem(table.id(i), "mechanism", "mechanism " + spec.id() + " failed to load: "
                        + e));
            }
        }
        return mechanisms;
    }

    /** Asks each node's mechanism whether it accepts the node's values together. */
    private static void validate(NodeTable table, Mechanism[] mechanisms, double[][] params, double[][][][] tables,
            List<Problem> problems, WatchedCalls.Marks marks) {
        for (int i = 0; i < table.size(); i++) {
            MechanismSpec spec = table.specs()[i];
            if (!marks.start(i, CHECKING)) {
                return;
            }
            try {
                mechanisms[i].validate(params[i].clone(), tables[i]);
            } catch (InvalidSettingsException e) {
                problems.add(refusal(table.id(i), spec, params[i], e));
            } catch (Exception e) { // unchecked, or checked thrown past the compiler
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
