package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ldnworkbench.core.pipeline.ParameterLayer;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.ldnworkbench.core.pipeline.PortRef;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * Names that become paths or are shown in messages follow the same rules in a file (checked by the reader) and in a
 * pipeline built in code (checked by the compiler): each case changes a valid pipeline, which is then both saved
 * and read back, and compiled as it is; both must refuse it with the same words.
 */
class HostileNamesTest {
    private static final String MEGABYTE_ID = "a".repeat(1 << 20);

    /** Oral dosing and PK with two scenarios and a layout: valid, so that each case adds exactly one problem. */
    static Pipeline valid() {
        Pipeline p = Pipelines.oral(10, 0, 24, 2);
        Scenario low = new Scenario("low", "Low dose");
        low.parameters().put("dosing.amount", 1.0);
        Scenario high = new Scenario("high", "High dose");
        high.presets().put("pk", "fast");
        p.scenarios().add(low);
        p.scenarios().add(high);
        p.layout().put("pk", new double[] { 10, 20 });
        return p;
    }

    private static Arguments of(String name, Consumer<Pipeline> change, String expected) {
        return Arguments.of(name, change, expected);
    }

    private static Scenario scenario(Pipeline p, int i) {
        return p.scenarios().get(i);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                of("scenario id climbing out", p -> scenario(p, 0).id("../../tmp/x"),
                        "the scenario id '../../tmp/x' must start with a letter (A-Z, a-z) or '_'"),
                of("absolute scenario id", p -> scenario(p, 0).id("/etc/x"), "the scenario id '/etc/x' must start with a letter"),
                of("scenario id with a slash", p -> scenario(p, 0).id("a/../../x"),
                        "the scenario id 'a/../../x' may contain only letters (A-Z, a-z), digits, '_' and '-', not '/' at position 2"),
                of("scenario id plots", p -> scenario(p, 1).id("plots"),
                        "the scenario id 'plots' is reserved: the results of a run keep their plots in a folder of that name"),
                of("scenario id PLOTS", p -> scenario(p, 1).id("PLOTS"), "the scenario id 'PLOTS' is reserved"),
                of("scenario id CON", p -> scenario(p, 1).id("con"), "the scenario id 'con' is a name that file systems reserve"),
                of("empty scenario id", p -> scenario(p, 1).id(""), "the scenario id '' must not be empty"),
                of("scenario ids differing in case", p -> scenario(p, 1).id("LOW"),
                        "the scenario id 'LOW' differs only in case from 'low' (scenarios[0].id)"),
                of("duplicate scenario ids", p -> scenario(p, 1).id("low"), "duplicate scenario id 'low' (also scenarios[0].id)"),
                of("node ids differing in case", p -> p.add(new Node("PK", "test.decay")),
                        "the node id 'PK' differs only in case from 'pk' (nodes[1].id)"),
                of("node id climbing out", p -> p.node("pk").id("../pk"), "the node id '../pk' must start with a letter"),
                of("megabyte node id", p -> p.node("pk").id(MEGABYTE_ID),
                        "is 1048576 characters long; the limit is 64"),
                of("duplicate connection", p -> p.connect("dosing.dose", "pk.dose"),
                        "the connection dosing.dose -> pk.dose is listed twice (also connections[0])"),
                of("escape sequence in the pipeline name", p -> p.name("\u001b[2Jgone"),
                        "the pipeline name '\\u001b[2Jgone' contains the control character U+001B at position 1"),
                of("100 kB pipeline name", p -> p.name("n".repeat(100_000)),
                        "the pipeline name '" + "n".repeat(80) + "...' (100000 characters)"
                                + " is 100000 characters long; the limit is 200"),
                of("direction override in a scenario name", p -> scenario(p, 0).name("abc\u202efdp.exe"),
                        "the scenario name 'abc\\u202efdp.exe' contains the invisible character U+202E at position 4"),
                of("zero-width space in a scenario name", p -> scenario(p, 0).name("LDN\u200b 4.5 mg"),
                        "the scenario name 'LDN\\u200b 4.5 mg' contains the invisible character U+200B at position 4"),
                of("Hangul filler as a pipeline name", p -> p.name("\u3164"),
                        "the pipeline name '\\u3164' contains the invisible character U+3164 at position 1"),
                of("tag characters in a scenario name", p -> scenario(p, 0).name("ok\udb40\udc41"),
                        "the scenario name 'ok\\udb40\\udc41' contains the invisible character U+E0041 at position 3"),
                of("description of 20,000 characters", p -> p.description("d".repeat(20_000)),
                        "is 20000 characters long; the limit is 10000"),
                of("escape sequence in the description", p -> p.description("line one\nline two\u001b]0;title\u0007"),
                        "contains the control character U+001B at position 18"),
                of("line break in a mechanism id", p -> p.node("pk").mechanism("test.oneCompartment\nok"),
                        "the mechanism id 'test.oneCompartment\\nok' contains the control character U+000A at position 20"),
                of("long mechanism id", p -> p.node("pk").mechanism("m".repeat(1000)), "is 1000 characters long; the limit is 64"),
                of("control character in a preset id", p -> p.node("pk").preset("fa\u0000st"),
                        "the preset id 'fa\\u0000st' contains the control character U+0000 at position 3"),
                of("control character in a parameter name", p -> p.node("pk").parameter("k\u0007a", 1),
                        "the parameter name 'k\\u0007a' contains the control character U+0007 at position 2"),
                of("empty parameter name", p -> p.node("pk").parameter("", 1), "the parameter name '' must not be empty"),
                of("long table name", p -> p.node("dosing").tables().put("t".repeat(101), new double[][] { { 1, 2 } }),
                        "is 101 characters long; the limit is 64"),
                of("control character in a layout key", p -> p.layout().put("p\rk", new double[] { 1, 2 }),
                        "the layout key 'p\\rk' contains the control character U+000D at position 2"),
                of("scenario parameter without a node", p -> scenario(p, 0).parameters().put("amount", 2.0),
                        "the parameter 'amount' is not of the form node.name"),
                of("long node in a scenario parameter", p -> scenario(p, 0).parameters().put("n".repeat(200) + ".amount", 2.0),
                        "has a node part that is 200 characters long; the limit is 64"),
                of("control character in a scenario preset", p -> scenario(p, 1).presets().put("pk", "fast\u001b"),
                        "the preset id 'fast\\u001b' contains the control character U+001B at position 5"),
                of("control character in a connection's port", p -> p.connections().set(0,
                        new Connection(new PortRef("dosing", "dose\u0000"), new PortRef("pk", "dose"))),
                        "'dose\\u0000' contains the control character U+0000 at position 5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theReaderRefusesItInAFile(String name, Consumer<Pipeline> change, String expected) {
        Pipeline p = valid();
        change.accept(p);
        String text = PipelineFiles.toText(p);
        String msg = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThrows(PipelineFormatException.class,
                () -> PipelineFiles.read(new StringReader(text), "f.ldnpipe")).getMessage());
        assertTrue(msg.startsWith("f.ldnpipe: ") && msg.contains(expected), name + ": " + msg);
        assertShowable(msg);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCompilerRefusesItInCode(String name, Consumer<Pipeline> change, String expected) {
        Pipeline p = valid();
        change.accept(p);
        PipelineCompiler compiler = new PipelineCompiler(MechanismRegistry.getDefault());
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> compiler.validate(p));
        assertTrue(problems.stream().anyMatch(q -> q.toString().contains(expected)), name + ": " + problems);
        problems.forEach(q -> assertShowable(q.toString()));
        CompileException e = assertThrows(CompileException.class, () -> compiler.compileAll(p, "code", List.of()));
        assertShowable(e.getMessage());
    }

    @Test
    void theValidPipelineIsValid() throws Exception {
        Pipeline p = valid();
        assertEquals(List.of(), new PipelineCompiler(MechanismRegistry.getDefault()).validate(p));
        Pipeline q = PipelineFiles.read(new StringReader(PipelineFiles.toText(p)), "f.ldnpipe");
        assertEquals(PipelineFiles.toText(p), PipelineFiles.toText(q));
    }

    /** Found by the fuzz test: a null name set in code used to make saving throw a NullPointerException. */
    @Test
    void aScenarioNameSetToNullIsItsId() throws Exception {
        Pipeline p = valid();
        p.scenarios().get(0).name(null);
        p.scenarios().get(1).name(" ");
        assertEquals(List.of("low", "high"), p.scenarios().stream().map(Scenario::name).toList());
        assertEquals(List.of(), new PipelineCompiler(MechanismRegistry.getDefault()).validate(p));
        PipelineFiles.read(new StringReader(PipelineFiles.toText(p)), "f.ldnpipe");
    }

    @Test
    void commandLineLayersHaveTheirKeysChecked() {
        ParameterLayer overrides = ParameterLayer.commandLine(Map.of(), Map.of("amount", 2.0));
        CompileException e = assertThrows(CompileException.class, () -> new PipelineCompiler(
                MechanismRegistry.getDefault()).compile(valid(), "t", List.of(), List.of(overrides)));
        assertTrue(e.getMessage().contains("'command line'.parameters: the parameter 'amount' is not of the form "
                + "node.name"), e.getMessage());
    }

    /**
     * Validation with thousands of distinct problems over many scenarios: it used to compare every new problem with
     * every earlier one through toString, quadratic in the problems.
     */
    @Test
    void validateIsLinearInTheNumberOfProblems() {
        Pipeline p = valid();
        p.scenarios().clear();
        for (int s = 0; s < 1000; s++) {
            Scenario sc = new Scenario("s" + s, "S" + s);
            for (int k = 0; k < 20; k++) {
                sc.parameters().put("ghost" + s + "x" + k + "x".repeat(60) + ".amount", 1.0);
            }
            p.scenarios().add(sc);
        }
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> new PipelineCompiler(MechanismRegistry.getDefault()).validate(p));
        assertEquals(20_000, problems.size());
    }

    /**
     * Longest message accepted: names are cut or limited, so that the longest messages (a connection of long names
     * that names a missing port) stay near 500 characters; most are under 150.
     */
    static final int MAX_MESSAGE_LENGTH = 600;

    /** What every refusal must be: one line of at most a few hundred characters, nothing raw from the file. */
    static void assertShowable(String msg) {
        assertFalse(msg.isBlank(), "empty message");
        assertTrue(msg.length() <= MAX_MESSAGE_LENGTH,
                () -> msg.length() + " characters: " + msg.substring(0, MAX_MESSAGE_LENGTH));
        for (int i = 0; i < msg.length(); i++) {
            char c = msg.charAt(i);
            assertFalse(c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069,
                    "raw control character U+" + Integer.toHexString(c) + " in: " + msg);
        }
    }
}
