package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.core.internal.pipeline.FormatMigration;
import org.ldnworkbench.core.internal.pipeline.PipelineCodec;
import org.ldnworkbench.core.pipeline.Integrator;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.ldnworkbench.core.pipeline.Scenario;

/** The ldn-pipeline/1 file format. */
class PipelineFormatTest {
    private static final String MINIMAL = "{\"format\": \"ldn-pipeline/1\", \"name\": \"m\", \"nodes\": "
            + "[{\"id\": \"pk\", \"mechanism\": \"test.oneCompartment\"}]}";

    private static String error(String text) {
        return assertThrows(PipelineFormatException.class,
                () -> PipelineFiles.read(new StringReader(text), "f.ldnpipe")).getMessage();
    }

    @Test
    void writeThenReadIsEqual(@TempDir Path dir) throws Exception {
        Pipeline p = Pipelines.oral(12.5, 22, 24, 56);
        p.description("a \"quoted\" description\nwith two lines");
        p.simulation().integrator(Integrator.RK4).fixedStep(0.05).rtol(1e-9);
        p.node("pk").preset("fast");
        Scenario s = new Scenario("low", "Low dose");
        s.parameters().put("dosing.amount", 1.5);
        s.presets().put("pk", "fast");
        p.scenarios().add(s);
        p.layout().put("pk", new double[] { 120.5, 60 });
        p.node("dosing").tables().put("extra", new double[][] { { 1.5, 2 }, { 3, 4.25 } });
        Path f = dir.resolve("a.ldnpipe");
        PipelineFiles.write(p, f);
        Pipeline q = PipelineFiles.read(f);
        assertEquals(PipelineFiles.toText(p), PipelineFiles.toText(q));
        assertEquals(1e-9, q.simulation().rtol());
        assertEquals(Integrator.RK4, q.simulation().integrator());
        assertEquals(1.5, q.scenarios().get(0).parameters().get("dosing.amount"));
        assertArrayEquals(new double[] { 120.5, 60 }, q.layout().get("pk"));
        assertEquals(p.description(), q.description());
        assertArrayEquals(new double[] { 3, 4.25 }, q.node("dosing").tables().get("extra")[1]);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void unknownFormatVersionIsRefusedClearly() {
        String msg = error(MINIMAL.replace("ldn-pipeline/1", "ldn-pipeline/7"));
        assertTrue(msg.startsWith("f.ldnpipe: format: unsupported format 'ldn-pipeline/7'"), msg);
        assertTrue(msg.contains("newer version"), msg);
        assertTrue(error(MINIMAL.replace("\"format\": \"ldn-pipeline/1\", ", "")).contains("format: missing"));
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        String msg = error("{\"format\": \"ldn-pipeline/1\",\n  \"nodes\": [\n    {\"id\": \"pk\" \"mechanism\": 1}]}");
        assertTrue(msg.startsWith("f.ldnpipe:3:"), msg);
        assertTrue(msg.contains("syntax error"), msg);
        String empty = error("");
        assertTrue(empty.contains("empty"), empty);
        String truncated = error("{\"format\": ");
        assertTrue(truncated.contains("syntax error"), truncated);
    }

    @Test
    void unknownKeysWrongTypesAndNonFiniteNumbersAreNamed() {
        assertTrue(error(MINIMAL.replace("\"name\"", "\"nmae\"")).contains("the top level: unknown key 'nmae'"));
        assertTrue(error(MINIMAL.replace("\"test.oneCompartment\"}", "\"x\", \"parameters\": {\"ka\": \"fast\"}}"))
                .contains("node 'pk'.parameters.ka: expected a number, found the string 'fast'"));
        assertTrue(error(MINIMAL.replace("\"name\": \"m\"", "\"name\": \"m\", \"simulation\": {\"step\": NaN}"))
                .contains("syntax error"));
        assertTrue(error(MINIMAL.replace("\"name\": \"m\"", "\"name\": \"m\", \"name\": \"n\""))
                .contains("duplicate key 'name'"));
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertTrue(error(deep).contains("nesting deeper than"));
    }

    @Test
    void olderFormatsAreMigratedInAChain() throws Exception {
        FormatMigration zeroToOne = new FormatMigration() {
            @Override
            public String from() {
                return "ldn-pipeline/0";
            }

            @Override
            public String to() {
                return PipelineCodec.FORMAT;
            }

            @Override
            public Map<String, Object> migrate(Map<String, Object> root) {
                root.put("format", to());
                root.put("name", root.remove("title"));
                return root;
            }
        };
        String old = "{\"format\": \"ldn-pipeline/0\", \"title\": \"old\", \"nodes\": []}";
        Pipeline p = new PipelineCodec(List.of(zeroToOne)).read(new StringReader(old), "old.ldnpipe");
        assertEquals("old", p.name());
        assertThrows(PipelineFormatException.class, () -> new PipelineCodec().read(new StringReader(old), "old"));
    }
}
