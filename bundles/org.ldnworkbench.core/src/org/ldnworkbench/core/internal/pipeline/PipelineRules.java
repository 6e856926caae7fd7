package org.ldnworkbench.core.internal.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PortRef;
import org.ldnworkbench.core.pipeline.Scenario;

/**
 * The rules for the names and references of a pipeline, the same whether it was read from a file
 * ({@link PipelineCodec}) or built in code (the compiler applies them to what the editor builds):
 * <ul>
 * <li>node and scenario ids follow {@link Names#idProblem(String)} because they become file and folder names of the
 * results; a scenario id is not {@code plots} ({@link Names#scenarioIdProblem(String)});</li>
 * <li>ids of one kind are unique even ignoring case ({@link UniqueIds});</li>
 * <li>the same connection is not listed twice: a second wire from a dose output would silently double every dose;
 * </li>
 * <li>the pipeline and scenario names follow {@link Names#nameProblem(String)} and the description
 * {@link Names#descriptionProblem(String)};</li>
 * <li>mechanism ids, preset ids, parameter, table and port names and the keys of the layout follow
 * {@link Names#symbolProblem(String)}: short enough and free of control characters to be shown in a message.</li>
 * </ul>
 * Every message quotes file text with {@link Names#quote(String)}. Linear in the size of the pipeline.
 */
public final class PipelineRules {
    /** One broken rule: where (such as {@code nodes[1].id}) and what is wrong. */
    public record Violation(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    private final List<Violation> violations = new ArrayList<>();

    private PipelineRules() {
    }

    /**
     * The keys of a layer of values above the nodes (a scenario, the command line), located for messages.
     *
     * @param where where the keys are, e.g. {@code scenarios[0]} or {@code 'command line'}
     * @param presets node id to preset id
     * @param parameters the {@code node.param} keys of its values
     */
    public record LayerKeys(String where, Map<String, String> presets, Collection<String> parameters) {
    }

    /** @return every broken rule of the pipeline, in file order; empty when all hold */
    public static List<Violation> check(Pipeline p) {
        List<LayerKeys> layers = new ArrayList<>();
        for (int i = 0; i < p.scenarios().size(); i++) {
            Scenario s = p.scenarios().get(i);
            layers.add(new LayerKeys("scenarios[" + i + "]", s.presets(), s.parameters().keySet()));
        }
        return check(p, layers);
    }

    /**
     * The rules for the pipeline and for the keys of the given layers only. The compiler checks one run at a time,
     * with that run's layers: checking the keys of every scenario for each of them would make validating a pipeline
     * quadratic in its number of scenarios.
     *
     * @param p the pipeline
     * @param layers the run's scenario and other layers (command-line overrides) whose keys are checked
     * @return the broken rules, in file order
     */
    public static List<Violation> check(Pipeline p, List<LayerKeys> layers) {
        PipelineRules r = new PipelineRules();
        r.report("name", name("the pipeline name", p.name()));
        r.report("description", description(p.description()));
        r.nodes(p.nodes());
        r.connections(p.connections());
        UniqueIds scenarioIds = new UniqueIds("scenario id");
        for (int i = 0; i < p.scenarios().size(); i++) {
            Scenario s = p.scenarios().get(i);
            String where = "scenarios[" + i + "]";
            String idProblem = scenarioId(s.id());
            r.report(where + ".id", idProblem != null ? idProblem : scenarioIds.add(s.id(), where + ".id"));
            r.report(where + ".name", name("the scenario name", s.name()));
        }
        for (LayerKeys layer : layers) {
            r.layerKeys(layer);
        }
        for (String key : p.layout().keySet()) {
            r.report("layout", symbol("the layout key", key));
        }
        return List.copyOf(r.violations);
    }

    /** @return null for a valid node id, otherwise the message */
    public static String nodeId(String id) {
        return about("the node id", id, Names.idProblem(id));
    }

    /** @return null for a valid scenario id, otherwise the message */
    public static String scenarioId(String id) {
        return about("the scenario id", id, Names.scenarioIdProblem(id));
    }

    /** @return null for an acceptable display name, otherwise the message naming {@code what} it is */
    public static String name(String what, String name) {
        return about(what, name, Names.nameProblem(name));
    }

    /** @return null for an acceptable description, otherwise the message */
    public static String description(String text) {
        return about("the description", text, Names.descriptionProblem(text));
    }

    /** @return null for an acceptable symbol, otherwise the message naming {@code what} it is */
    public static String symbol(String what, String symbol) {
        return about(what, symbol, Names.symbolProblem(symbol));
    }

    /**
     * @param text {@code node.name}, as in the keys of a scenario's parameters
     * @return null when it names a node and a name of it, both acceptable symbols, otherwise the message
     */
    public static String reference(String what, String text) {
        int dot = text == null ? -1 : text.lastIndexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            return what + " " + Names.quote(text) + " is not of the form node.name";
        }
        String node = Names.symbolProblem(text.substring(0, dot));
        String name = Names.symbolProblem(text.substring(dot + 1));
        return node != null ? about(what, text, "has a node part that " + node)
                : about(what, text, name == null ? null : "has a name part that " + name);
    }

    private static String about(String what, String text, String problem) {
        return problem == null ? null : what + " " + Names.quote(text) + " " + problem;
    }

    private void nodes(List<Node> nodes) {
        UniqueIds ids = new UniqueIds("node id");
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            String where = "nodes[" + i + "]";
            String idProblem = nodeId(n.id());
            report(where + ".id", idProblem != null ? idProblem : ids.add(n.id(), where + ".id"));
            report(where + ".mechanism", symbol("the mechanism id", n.mechanism()));
            if (n.preset() != null) {
                report(where + ".preset", symbol("the preset id", n.preset()));
            }
            for (String key : n.parameters().keySet()) {
                report(where + ".parameters", symbol("the parameter name", key));
            }
            for (String key : n.tables().keySet()) {
                report(where + ".tables", symbol("the table name", key));
            }
        }
    }

    private void connections(List<Connection> connections) {
        Map<Connection, Integer> first = new HashMap<>();
        for (int i = 0; i < connections.size(); i++) {
            Connection c = connections.get(i);
            String where = "connections[" + i + "]";
            String problem = port(c.from(), "source");
            problem = problem != null ? problem : port(c.to(), "target");
            if (problem == null) {
                Integer earlier = first.putIfAbsent(c, i);
                if (earlier != null) {
                    problem = "the connection " + c + " is listed twice (also connections[" + earlier
                            + "]); a second wire would count its values twice";
                }
            }
            report(where, problem);
        }
    }

    private static String port(PortRef ref, String end) {
        String problem = symbol("the node of the " + end, ref.node());
        return problem != null ? problem : symbol("the port of the " + end, ref.port());
    }

    private void layerKeys(LayerKeys layer) {
        String where = layer.where();
        for (Map.Entry<String, String> e : layer.presets().entrySet()) {
            String problem = symbol("the node", e.getKey());
            report(where + ".presets", problem != null ? problem : symbol("the preset id", e.getValue()));
        }
        for (String key : layer.parameters()) {
            report(where + ".parameters", reference("the parameter", key));
        }
    }

    private void report(String field, String message) {
        if (message != null) {
            violations.add(new Violation(field, message));
        }
    }
}
