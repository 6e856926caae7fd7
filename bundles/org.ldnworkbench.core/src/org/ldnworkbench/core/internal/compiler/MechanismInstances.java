package org.ldnworkbench.core.internal.compiler;

import java.util.ArrayList;
import java.util.List;

import org.ldnworkbench.core.engine.Problem;
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
 * the parameters involved with their values and the mechanism's reason.
 */
final class MechanismInstances {
    /** Where instances come from: the catalog, or a cache of it while checking many runs of one pipeline. */
    @FunctionalInterface
    interface Source {
        Mechanism create(String mechanismId) throws MechanismException;
    }

    private MechanismInstances() {
    }

    /** @return one bound instance per node; an entry is null where its problem was reported */
    static Mechanism[] create(NodeTable table, Source source, List<Problem> problems) {
        Mechanism[] mechanisms = new Mechanism[table.size()];
        for (int i = 0; i < table.size(); i++) {
            MechanismSpec spec = table.specs()[i];
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
    static void validate(NodeTable table, Mechanism[] mechanisms, double[][] params, double[][][][] tables,
            List<Problem> problems) {
        for (int i = 0; i < table.size(); i++) {
            MechanismSpec spec = table.specs()[i];
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
