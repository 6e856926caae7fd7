package org.ldnworkbench.core.internal.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.MetricSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.ParameterStatus;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.mechanism.PresetSpec;
import org.ldnworkbench.core.mechanism.StateSpec;
import org.ldnworkbench.core.mechanism.TableSpec;
import org.ldnworkbench.core.mechanism.ValueRange;
import org.ldnworkbench.core.pipeline.Names;

/**
 * Reads a {@code <mechanism>} declaration (schema {@code org.ldnworkbench.core.mechanisms}) into a
 * {@link MechanismSpec}, without loading the contributed class.
 */
public final class SpecReader {
    /**
     * The words a metric's {@code headline} attribute accepts (read by {@link MetricSpec.Headline#fromWord}; an
     * absent or empty attribute means not a headline). The schema's enumeration lists exactly these, which a test
     * checks against the schema and against the parser, so that no word is accepted without being documented.
     */
    public static final List<String> HEADLINE_WORDS = List.of("run", "lastDay");

    private SpecReader() {
    }

    /**
     * @param m the {@code mechanism} element
     * @param contributor the contributing bundle's symbolic name
     * @param version the contributing bundle's version
     * @throws IllegalArgumentException with a message naming the mechanism and the faulty element
     */
    public static MechanismSpec read(DeclarationElement m, String contributor, String version) {
        String id = symbol(m, "id", "mechanism");
        try {
            MechanismSpec.Builder b = new MechanismSpec.Builder(id).name(m.attribute("name"))
                    .category(m.attribute("category")).description(m.attribute("description"))
                    .contributor(contributor).version(version);
            for (DeclarationElement p : m.children("parameter")) {
                String name = identifier(p, "name", "parameter");
                b.parameter(new ParameterSpec(name, unit(p), number(p, "default", name), number(p, "min", name),
                        number(p, "max", name), ParameterStatus.fromWord(required(p, "status", "parameter " + name)),
                        p.attribute("source"), p.attribute("description"), p.attribute("note"),
                        flag(p, "integer", "parameter " + name)));
            }
            for (DeclarationElement tb : m.children("table")) {
                String tname = identifier(tb, "name", "table");
                List<String> cols = new ArrayList<>();
                List<String> units = new ArrayList<>();
                List<DeclarationElement> columns = tb.children("column");
                double[] mins = new double[columns.size()];
                double[] maxs = new double[columns.size()];
                for (int i = 0; i < mins.length; i++) {
                    DeclarationElement c = columns.get(i);
                    cols.add(identifier(c, "name", "table " + tname + " column"));
                    units.add(unit(c));
                    mins[i] = c.attribute("min") == null ? Double.NEGATIVE_INFINITY
                            : number(c, "min", "table " + tname + " column " + cols.get(i));
                    maxs[i] = c.attribute("max") == null ? Double.POSITIVE_INFINITY
                            : number(c, "max", "table " + tname + " column " + cols.get(i));
                }
                b.table(new TableSpec(tname, cols, units, mins, maxs, tb.attribute("description")));
            }
            for (DeclarationElement s : m.children("state")) {
                String sname = identifier(s, "name", "state");
                b.state(new StateSpec(sname, unit(s), s.attribute("description"), range(s, "state " + sname)));
            }
            for (DeclarationElement in : m.children("input")) {
                b.input(port(in, List.of()));
            }
            for (DeclarationElement out : m.children("output")) {
                String ft = out.attribute("feedthrough");
                List<String> reads = new ArrayList<>();
                if (ft != null) {
                    for (String s : ft.split(",")) {
                        if (!s.isBlank()) {
                            reads.add(s.trim());
                        }
                    }
                }
                b.output(port(out, reads));
            }
            for (DeclarationElement pr : m.children("preset")) {
                String pid = identifier(pr, "id", "preset");
                Map<String, Double> values = new LinkedHashMap<>();
                for (DeclarationElement v : pr.children("value")) {
                    String param = required(v, "parameter", "preset " + pid + " value");
                    values.put(param, number(v, "value", "preset " + pid + " " + param));
                }
                b.preset(new PresetSpec(pid, pr.attribute("name"), pr.attribute("description"),
                        "true".equals(pr.attribute("default")), values));
            }
            int order = 0;
            for (DeclarationElement me : m.children("metric")) {
                String mid = identifier(me, "id", "metric");
                String th = me.attribute("threshold");
                String ord = me.attribute("order");
                b.metric(new MetricSpec(mid, me.attribute("label"), required(me, "output", "metric " + mid),
                        MetricSpec.Kind.fromWord(required(me, "kind", "metric " + mid)),
                        th == null ? 0 : number(me, "threshold", mid), me.attribute("unit"),
                        MetricSpec.Headline.fromWord(me.attribute("headline")),
                        ord == null ? order : (int) number(me, "order", mid)));
                order++;
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            String msg = e.getMessage();
            throw new IllegalArgumentException(msg != null && msg.startsWith(id) ? msg : id + ": " + msg, e);
        }
    }

    private static PortSpec port(DeclarationElement e, List<String> feedthrough) {
        String name = identifier(e, "name", e.name());
        String kind = e.attribute("kind");
        PortSpec.Kind k;
        if (kind == null || kind.equals("continuous")) {
            k = PortSpec.Kind.CONTINUOUS;
        } else if (kind.equals("event")) {
            k = PortSpec.Kind.EVENT;
        } else {
            throw new IllegalArgumentException(e.name() + " " + name + ": kind must be continuous or event, not '"
                    + kind + "'");
        }
        ValueRange range = e.name().equals("output") ? range(e, "output " + name) : ValueRange.ANY;
        if (k == PortSpec.Kind.EVENT && range.isBounded()) {
            throw new IllegalArgumentException("output " + name + ": min and max apply to continuous outputs, "
                    + "not to event outputs");
        }
        return new PortSpec(name, unit(e), k, e.attribute("description"), feedthrough, range);
    }

    /** @return the optional min/max attributes as a range; an absent end is unbounded */
    private static ValueRange range(DeclarationElement e, String what) {
        String min = e.attribute("min");
        String max = e.attribute("max");
        if (min == null && max == null) {
            return ValueRange.ANY;
        }
        try {
            return new ValueRange(min == null ? Double.NEGATIVE_INFINITY : number(e, "min", what),
                    max == null ? Double.POSITIVE_INFINITY : number(e, "max", what));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(ex.getMessage().startsWith(what) ? ex.getMessage()
                    : what + ": " + ex.getMessage(), ex);
        }
    }

    private static String unit(DeclarationElement e) {
        String u = e.attribute("unit");
        return u == null || u.isBlank() ? "-" : u.trim();
    }

    /**
     * A name that becomes part of result file names or keys ({@code plots/node.output.png}, {@code node.metric},
     * {@code node.param}): the identifier rule of node ids, so that no contribution can make a result escape its
     * folder or a message show something else than it holds.
     */
    private static String identifier(DeclarationElement e, String attr, String what) {
        return following(Names::idProblem, e, attr, what);
    }

    /** A mechanism id: dotted, at most {@link Names#MAX_SYMBOL_LENGTH} characters, nothing invisible. */
    private static String symbol(DeclarationElement e, String attr, String what) {
        return following(Names::symbolProblem, e, attr, what);
    }

    /** @return the required attribute, refused with the rule's reason when {@code rule} finds a problem */
    private static String following(java.util.function.UnaryOperator<String> rule, DeclarationElement e, String attr,
            String what) {
        String v = required(e, attr, what);
        String problem = rule.apply(v);
        if (problem != null) {
            throw new IllegalArgumentException(what + " " + Names.quote(v) + ": the " + attr + " " + problem);
        }
        return v;
    }

    private static String required(DeclarationElement e, String attr, String what) {
        String v = e.attribute(attr);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(what + ": missing attribute '" + attr + "'");
        }
        return v.trim();
    }

    /** @return an optional boolean attribute: absent is false; anything but "true" or "false" is refused */
    private static boolean flag(DeclarationElement e, String attr, String what) {
        String v = e.attribute(attr);
        if (v == null || v.isBlank() || v.trim().equals("false")) {
            return false;
        }
        if (v.trim().equals("true")) {
            return true;
        }
        throw new IllegalArgumentException(what + ": attribute '" + attr + "' must be true or false, not '" + v + "'");
    }

    private static double number(DeclarationElement e, String attr, String what) {
        String v = required(e, attr, what);
        try {
            double d = Double.parseDouble(v.trim().toLowerCase(Locale.ROOT));
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(what + ": attribute '" + attr + "' is not a finite number: '" + v + "'");
        }
    }
}
