package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * The corpus of hostile pipeline files ({@code corpus/} in this fragment): bytes that are kept as files because
 * they are best seen as files (a BOM, invalid UTF-8, a raw NUL or direction override, CRLF lines), cases found by
 * the fuzz test, and one file per rule. {@code corpus/expected.tsv} gives each file's outcome and a fragment of its
 * message. Every file is read through {@link PipelineFiles#read(Path)} and, when read, compiled.
 */
class CorpusTest {
    private static final Path CORPUS = Path.of("corpus");

    /** One line of expected.tsv. */
    record Entry(String file, String outcome, String fragment) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Entry> entries() throws Exception {
        return Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
                    String[] f = l.split("\t", -1);
                    assertEquals(3, f.length, "file, outcome, fragment: " + l);
                    return new Entry(f[0], f[1], f[2]);
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void eachFileHasItsOutcome(Entry e) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), (Executable) () -> check(e));
    }

    private static void check(Entry e) throws Exception {
        Path file = CORPUS.resolve(e.file());
        switch (e.outcome()) {
        case "read" -> {
            String msg = assertThrows(PipelineFormatException.class, () -> PipelineFiles.read(file)).getMessage();
            assertTrue(msg.startsWith(file + ":") && msg.contains(e.fragment()), msg);
            HostileNamesTest.assertShowable(msg);
        }
        case "compile" -> {
            Pipeline p = PipelineFiles.read(file);
            PipelineCompiler compiler = new PipelineCompiler(MechanismRegistry.getDefault());
            List<Problem> problems = compiler.validate(p);
            assertTrue(problems.stream().anyMatch(q -> q.toString().contains(e.fragment())), problems.toString());
            problems.forEach(q -> HostileNamesTest.assertShowable(q.toString()));
            CompileException ce = assertThrows(CompileException.class,
                    () -> compiler.compileAll(p, file.toString(), List.of()));
            HostileNamesTest.assertShowable(ce.getMessage());
        }
        case "ok" -> new PipelineCompiler(MechanismRegistry.getDefault()).compileAll(PipelineFiles.read(file),
                file.toString(), List.of());
        default -> throw new IllegalArgumentException("outcome " + e.outcome() + " of " + e.file());
        }
    }

    @Test
    void everyFileIsListedOnce() throws Exception {
        List<String> listed = entries().map(Entry::file).sorted().toList();
        try (var files = Files.list(CORPUS)) {
            assertEquals(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ldnpipe")).sorted()
                    .toList(), listed);
        }
    }
}
