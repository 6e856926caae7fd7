package org.ldnworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.cli.internal.CliOutcome;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.mechanism.Mechanism;
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
import org.ldnworkbench.core.registry.MechanismRegistry;

/** {@code ldnwb describe MECHANISM}: the declaration of one mechanism, its class never loaded. */
class DescribeTest {
    static final List<String> MODEL = List.of("org.ldnworkbench.pk.oralDosing", "org.ldnworkbench.pk.naltrexone",
            "org.ldnworkbench.receptor.mu", "org.ldnworkbench.rebound.endogenous",
            "org.ldnworkbench.inflammation.glia");

    /** The output with every run of white space (line breaks and wrapping indents included) made one space. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void describesEveryModelMechanismCompletely() {
        for (String id : MODEL) {
            MechanismSpec s = MechanismRegistry.getDefault().spec(id);
            assertNotNull(s, id);
            CliOutcome o = CliTest.cli("describe", id);
            assertEquals(0, o.code(), id + ": " + o.err());
            assertEquals("", o.err(), id);
            String out = o.out();
            String flat = flat(out);
            assertTrue(out.startsWith(id), out);
            assertTrue(out.contains("bundle:   " + s.contributor()), out);
            assertFalse(s.parameters().isEmpty(), id);
            for (ParameterSpec p : s.parameters()) {
                assertTrue(out.contains("\n  " + p.name() + " [" + p.unit() + "]  default "), id + " " + p.name()
                        + ":\n" + out);
                assertFalse(p.source().isEmpty(), id + " " + p.name());
                assertTrue(flat.contains(flat("source: " + Names.escape(p.source()))), id + " " + p.name() + ":\n"
                        + out);
            }
            for (PresetSpec pr : s.presets()) {
                String line = out.lines().filter(l -> l.startsWith("  " + pr.id())).findFirst().orElse("");
                assertFalse(line.isEmpty(), id + " " + pr.id() + ":\n" + out);
                assertEquals(pr.isDefault(), line.endsWith("(default)"), line);
                pr.values().forEach((param, v) -> assertTrue(flat.contains(param + " = "), param));
            }
            for (MetricSpec m : s.metrics()) {
                assertTrue(out.contains("\n  " + m.id() + "  " + m.kind().word() + " of " + m.output()), id + " "
                        + m.id() + ":\n" + out);
            }
            for (String line : out.split("\n")) {
                assertTrue(line.length() <= 100, id + ": line longer than 100 columns: " + line);
            }
        }
    }

    @Test
    void describeMuShowsItsValues() {
        CliOutcome o = CliTest.cli("describe", "org.ldnworkbench.receptor.mu");
        assertEquals(0, o.code(), o.err());
        String out = o.out();
        assertTrue(out.contains("  ke0 [1/h]  default 0.0591  range [0.001, 20]  real  calibrated"), out);
        assertTrue(out.contains("  pet-calibrated"), out);
        assertTrue(out.contains("(default)"), out);
        assertTrue(flat(out).contains("values: ke0 = 3 1/h, EC50ntx = 1.8 ng/mL, EC50ntxol = 60 ng/mL"), out);
        assertTrue(out.contains("  occupancy [fraction]  continuous  range [0, 1]"), out);
        assertTrue(out.contains("  peakOccupancy  max of occupancy [fraction]  headline: last day"), out);
        assertTrue(out.contains("  CeNtx [ng/mL]  range [0, inf)"), out);
    }

    @Test
    void unknownIdIsOneLineExitOneWithSuggestions() {
        CliOutcome o = CliTest.cli("describe", "org.ldnworkbench.receptor.muu");
        assertEquals(1, o.code(), o.out());
        assertEquals("", o.out());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().contains("'org.ldnworkbench.receptor.muu'"), o.err());
        assertTrue(o.err().contains("ldnwb list"), o.err());
        assertTrue(o.err().contains("did you mean 'org.ldnworkbench.receptor.mu'"), o.err());

        CliOutcome shortened = CliTest.cli("describe", "receptor.muu");
        assertEquals(1, shortened.code());
        assertTrue(shortened.err().contains("did you mean 'org.ldnworkbench.receptor.mu'"), shortened.err());

        CliOutcome far = CliTest.cli("describe", "no.such\u001b[31mthing");
        assertEquals(1, far.code());
        assertFalse(far.err().contains("\u001b"), far.err());
        assertFalse(far.err().contains("did you mean"), far.err());
    }

    @Test
    void wrongCommandLinesExitTwo() {
        for (String[] argv : List.of(new String[] {"describe"},
                new String[] {"describe", "org.ldnworkbench.receptor.mu", "org.ldnworkbench.pk.naltrexone"},
                new String[] {"describe", "org.ldnworkbench.receptor.mu", "--out", "x"})) {
            CliOutcome o = CliTest.cli(argv);
            assertEquals(2, o.code(), String.join(" ", argv) + ": " + o.err());
            assertEquals("", o.out());
            assertTrue(o.err().startsWith("ldnwb describe: "), o.err());
        }
        assertTrue(CliTest.cli("--help").out().contains("ldnwb describe MECHANISM"));
    }

    /** A declaration with everything the model's mechanisms do not all show, and a class that must not load. */
    @Test
    void showsTablesEventsFeedthroughAssumedAndEscapesWithoutCreating() {
        String longSource = "Somebody et al. (2020) " + "a rather long citation that goes on ".repeat(8) + "end";
        MechanismSpec spec = new MechanismSpec.Builder("test.full").name("Full\u001b[2J test").category("Tests")
                .contributor("test.bundle").version("1.2.3").description("First line.\nSecond line.")
                .parameter(new ParameterSpec("k", "1/h", 2, 0, 10, ParameterStatus.ASSUMED, longSource,
                        "a rate", "a caveat\u0007", false))
                .parameter(new ParameterSpec("n", "-", 3, 1, 50, ParameterStatus.MEASURED, "Table 2", "", "", true))
                .table(new TableSpec("doses", List.of("time", "amount"), List.of("h", "mg"),
                        new double[] {0, 0}, new double[] {Double.POSITIVE_INFINITY, 1000}, "explicit doses"))
                .state(new StateSpec("A", "mg", "amount", new ValueRange(0, Double.POSITIVE_INFINITY)))
                .input(new PortSpec("dose", "mg", PortSpec.Kind.EVENT, "doses", List.of()))
                .input(new PortSpec("c", "ng/mL", PortSpec.Kind.CONTINUOUS, "", List.of()))
                .output(new PortSpec("y", "fraction", PortSpec.Kind.CONTINUOUS, "", List.of("c"),
                        new ValueRange(0, 1)))
                .output(new PortSpec("z", "mg", PortSpec.Kind.CONTINUOUS, "", List.of()))
                .preset(new PresetSpec("base", "Base", "", true, Map.of("k", 1.5)))
                .metric(new MetricSpec("tAbove", "Time above half", "y", MetricSpec.Kind.TIME_ABOVE, 0.5, "h",
                        MetricSpec.Headline.RUN, 1))
                .build();
        MechanismCatalog catalog = new MechanismCatalog() {
            @Override
            public MechanismSpec spec(String id) {
                return id.equals(spec.id()) ? spec : null;
            }

            @Override
            public Collection<MechanismSpec> all() {
                return List.of(spec);
            }

            @Override
            public Mechanism create(String id) {
                throw new AssertionError("describe must not load the mechanism's class");
            }
        };
        CliOutcome run = CliOutcome.run(catalog, "describe", "test.full");
        String o = run.out();
        assertEquals(0, run.code(), run.err());
        assertFalse(o.contains("\u001b") || o.contains("\u0007"), o);
        assertTrue(o.contains("Full\\u001b[2J test"), o);
        assertTrue(o.contains("  category: Tests\n  bundle:   test.bundle 1.2.3\n"), o);
        assertTrue(o.contains("  First line.\n  Second line.\n"), o);
        assertTrue(o.contains("  k [1/h]  default 2  range [0, 10]  real  ASSUMED (!)"), o);
        assertTrue(o.contains("  n [-]  default 3  range [1, 50]  integer  measured"), o);
        assertTrue(o.contains("\n      source: Somebody et al. (2020)"), o);
        assertTrue(flat(o).contains(flat("source: " + longSource)), o);
        assertTrue(o.contains("note: a caveat\\u0007"), o);
        assertTrue(o.contains("  doses\n      meaning: explicit doses\n      column time [h]  range [0, inf)\n"
                + "      column amount [mg]  range [0, 1000]\n"), o);
        assertTrue(o.contains("  A [mg]  range [0, inf)"), o);
        assertTrue(o.contains("  dose [mg]  event  range (-inf, inf)"), o);
        assertTrue(o.contains("  y [fraction]  continuous  range [0, 1]\n      reads directly: c\n"), o);
        assertTrue(o.contains("  z [mg]  continuous  range (-inf, inf)\n      reads directly: no input"), o);
        assertTrue(o.contains("  base  Base  (default)\n      values: k = 1.5 1/h\n"), o);
        assertTrue(o.contains("  tAbove  timeAbove of y above 0.5 [h]  headline: whole run\n"
                + "      label: Time above half\n"), o);
        for (String line : o.split("\n")) {
            assertTrue(line.length() <= 100, "line longer than 100 columns: " + line);
        }
    }
}
