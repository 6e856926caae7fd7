package org.ldnworkbench.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ldnworkbench.cli.command.AbstractCommand;
import org.ldnworkbench.cli.command.CommandArguments;
import org.ldnworkbench.cli.command.CommandContext;
import org.ldnworkbench.cli.command.UsageException;
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
 * {@code ldnwb describe MECHANISM}: everything one mechanism declares (parameters with unit, default, range, status
 * and source; tables; states; ports; presets; metrics), read from its declaration only: the mechanism's class is never
 * loaded. Every text of the declaration is shown through {@link Names#escape}; long texts are wrapped to
 * {@value #WIDTH} columns.
 */
final class DescribeCommand extends AbstractCommand {
    /** Width of the terminal the output is wrapped for. */
    static final int WIDTH = 100;

    private static final String FIELD = "      ";

    private final Cli cli;

    DescribeCommand(Cli cli) {
        super("describe",
                "parameters, states, ports, presets and metrics of one mechanism, with units and sources",
                "MECHANISM", List.of());
        this.cli = cli;
    }

    /** The context is this command's {@link Cli}. */
    @Override
    public int execute(CommandArguments a, CommandContext context) throws UsageException {
        if (a.positional().size() != 1) {
            throw new UsageException("describe needs exactly one mechanism id"
                    + (a.positional().isEmpty() ? "" : ", got: " + Names.quote(String.join(" ", a.positional()))));
        }
        String id = a.positional().get(0);
        cli.doing("describing " + Names.quote(id));
        MechanismSpec s = cli.catalog().spec(id);
        if (s == null) {
            List<String> close = closeMatches(id);
            cli.err().println(Names.escape("error: no mechanism " + Names.quote(id) + " is installed"
                    + (close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?")
                    + " (ldnwb list shows the installed mechanisms)"));
            return 1;
        }
        print(cli.out(), s);
        return 0;
    }

    /** @return up to three installed ids close to {@code id}: ending in it as a segment, containing it, a few edits
     *         away, or ending a few edits away from it (a misspelt short id such as {@code receptor.muu}) */
    private List<String> closeMatches(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        List<String> close = new ArrayList<>();
        if (wanted.isEmpty() || wanted.length() > Names.MAX_ID_LENGTH * 2) {
            return close;
        }
        List<String> ids = new ArrayList<>();
        cli.catalog().all().forEach(m -> ids.add(m.id()));
        ids.sort(null);
        for (String candidate : ids) {
            String c = candidate.toLowerCase(Locale.ROOT);
            String tail = c.substring(Math.max(0, c.length() - wanted.length()));
            if (c.endsWith("." + wanted) || c.contains(wanted) && wanted.length() >= 3
                    || editDistance(c, wanted) <= Math.max(2, wanted.length() / 8)
                    || wanted.length() >= 6 && editDistance(tail, wanted) <= wanted.length() / 6) {
                close.add(Names.quote(candidate));
            }
            if (close.size() == 3) {
                break;
            }
        }
        return close;
    }

    private static int editDistance(String x, String y) {
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int sub = prev[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length()];
    }

    static void print(PrintStream out, MechanismSpec s) {
        out.println(e(s.id()) + (s.name().equals(s.id()) ? "" : "  " + e(s.name())));
        if (!s.category().isEmpty()) {
            out.println("  category: " + e(s.category()));
        }
        out.println("  bundle:   " + (s.contributor().isEmpty() ? "(unknown)" : e(s.contributor()))
                + (s.version().isEmpty() ? "" : " " + e(s.version())));
        if (!s.description().isEmpty()) {
            wrap(out, "  ", "", s.description());
        }

        section(out, "parameters", s.parameters().size());
        for (ParameterSpec p : s.parameters()) {
            boolean assumed = p.status() == ParameterStatus.ASSUMED;
            out.println("  " + e(p.name()) + " [" + e(p.unit()) + "]  default " + num(p.defaultValue())
                    + "  range " + range(p.min(), p.max()) + (p.integer() ? "  integer" : "  real")
                    + "  " + (assumed ? "ASSUMED (!)" : p.status().word()));
            text(out, "meaning: ", p.description());
            text(out, "source: ", p.source().isEmpty() ? "(none given)" : p.source());
            text(out, "note: ", p.note());
        }

        if (!s.tables().isEmpty()) {
            section(out, "tables", s.tables().size());
            for (TableSpec t : s.tables()) {
                out.println("  " + e(t.name()));
                text(out, "meaning: ", t.description());
                for (int c = 0; c < t.columns().size(); c++) {
                    out.println(FIELD + "column " + e(t.columns().get(c)) + " [" + e(t.units().get(c)) + "]  range "
                            + range(t.min(c), t.max(c)));
                }
            }
        }

        section(out, "states", s.states().size());
        for (StateSpec st : s.states()) {
            out.println("  " + e(st.name()) + " [" + e(st.unit()) + "]  range " + range(st.range()));
            text(out, "meaning: ", st.description());
        }

        section(out, "inputs", s.inputs().size());
        for (PortSpec p : s.inputs()) {
            port(out, p);
        }
        section(out, "outputs", s.outputs().size());
        for (PortSpec p : s.outputs()) {
            port(out, p);
            List<String> reads = new ArrayList<>();
            p.feedthrough().forEach(i -> reads.add(e(i)));
            out.println(FIELD + "reads directly: " + (reads.isEmpty() ? "no input (only through states)"
                    : String.join(", ", reads)));
        }

        section(out, "presets", s.presets().size());
        for (PresetSpec pr : s.presets()) {
            out.println("  " + e(pr.id()) + (pr.name().isEmpty() || pr.name().equals(pr.id()) ? "" : "  " + e(pr.name()))
                    + (pr.isDefault() ? "  (default)" : ""));
            text(out, "", pr.description());
            List<String> values = new ArrayList<>();
            for (Map.Entry<String, Double> v : pr.values().entrySet()) {
                ParameterSpec p = s.parameter(v.getKey());
                values.add(e(v.getKey()) + " = " + num(v.getValue()) + (p == null ? "" : " " + e(p.unit())));
            }
            text(out, "values: ", values.isEmpty() ? "(none)" : String.join(", ", values));
        }

        section(out, "metrics", s.metrics().size());
        for (MetricSpec m : s.metrics()) {
            boolean threshold = m.kind() == MetricSpec.Kind.TIME_ABOVE || m.kind() == MetricSpec.Kind.AREA_ABOVE;
            out.println("  " + e(m.id()) + "  " + m.kind().word() + " of " + e(m.output())
                    + (threshold ? " above " + num(m.threshold()) : "")
                    + (m.unit().isEmpty() ? "" : " [" + e(m.unit()) + "]")
                    + "  headline: " + headline(m.headline()));
            if (!m.label().equals(m.id())) {
                text(out, "label: ", m.label());
            }
        }
    }

    private static void section(PrintStream out, String title, int count) {
        out.println();
        out.println(title + " (" + count + ")" + (count == 0 ? ": none" : ""));
    }

    private static void port(PrintStream out, PortSpec p) {
        out.println("  " + e(p.name()) + " [" + e(p.unit()) + "]  " + (p.isEvent() ? "event" : "continuous")
                + "  range " + range(p.range()));
        text(out, "meaning: ", p.description());
    }

    private static String headline(MetricSpec.Headline h) {
        switch (h) {
        case RUN:
            return "whole run";
        case LAST_DAY:
            return "last day";
        default:
            return "no";
        }
    }

    /** A labelled text on its own indented lines, wrapped; nothing when the text is empty. */
    private static void text(PrintStream out, String label, String text) {
        if (text != null && !text.isEmpty()) {
            wrap(out, FIELD, label, text);
        }
    }

    /**
     * Prints {@code label + text} wrapped at spaces to {@value #WIDTH} columns, every line indented; a word longer
     * than a line is cut. Each line break of the text starts a new line; every other character goes through
     * {@link Names#escape}.
     */
    static void wrap(PrintStream out, String indent, String label, String text) {
        String cont = indent + " ".repeat(label.length());
        int room = WIDTH - cont.length();
        String first = indent + label;
        for (String paragraph : text.strip().split("\\r?\\n")) {
            String shown = Names.escape(paragraph).strip();
            if (shown.isEmpty()) {
                continue;
            }
            StringBuilder line = new StringBuilder(first);
            first = cont;
            boolean empty = true;
            for (String word : shown.split(" +")) {
                while (word.length() > room) {
                    if (!empty) {
                        out.println(line);
                        line = new StringBuilder(cont);
                    }
                    out.println(line + word.substring(0, room));
                    word = word.substring(room);
                    line = new StringBuilder(cont);
                    empty = true;
                }
                if (!empty && line.length() + 1 + word.length() > WIDTH) {
                    out.println(line);
                    line = new StringBuilder(cont);
                    empty = true;
                }
                line.append(empty ? "" : " ").append(word);
                empty = false;
            }
            if (!empty) {
                out.println(line);
            }
        }
    }

    private static String e(String text) {
        return Names.escape(text);
    }

    private static String range(ValueRange r) {
        return range(r.min(), r.max());
    }

    private static String range(double min, double max) {
        return (min == Double.NEGATIVE_INFINITY ? "(-inf" : "[" + num(min)) + ", "
                + (max == Double.POSITIVE_INFINITY ? "inf)" : num(max) + "]");
    }

    private static String num(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Numbers.exact(v);
    }
}
