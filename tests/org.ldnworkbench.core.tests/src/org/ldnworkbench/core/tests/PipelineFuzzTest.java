package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * Thousands of mutations of valid pipelines, with a fixed seed, through the reader, {@code validate} and
 * {@code compileAll}: of the file's bytes, of its JSON tree, and of the pipeline object as an editor builds it.
 * Every case must end in a pipeline or in a {@link PipelineFormatException} / {@link CompileException} whose message
 * is one short line without raw control characters ({@link HostileNamesTest#assertShowable(String)}); no other
 * exception, no hang (each case has {@value #CASE_SECONDS} s). What the reader accepts, the writer must write so that
 * the reader reads it back to the same text.
 * <p>
 * Bounded for CI: {@value #DEFAULT_CASES} cases or {@value #DEFAULT_SECONDS} s, whichever comes first. For a longer
 * run set the environment variables {@code LDN_FUZZ_CASES}, {@code LDN_FUZZ_SECONDS} and {@code LDN_FUZZ_SEED}.
 * A failing case is saved under {@code target/fuzz-failures/} so that it can join the corpus
 * ({@code corpus/}, run by CorpusTest). A hanging case's worker thread is a daemon and is abandoned.
 */
class PipelineFuzzTest {
    static final int DEFAULT_CASES = 20_000;
    static final int DEFAULT_SECONDS = 20;
    static final int CASE_SECONDS = 5;
    private static final Path EXAMPLES = Path.of("../../examples/pipelines");
    private static final Path FAILURES = Path.of("target", "fuzz-failures");
    private static final int MAX_FAILURES = 5;

    /** One generated case: a file's bytes (read from a path or as text), or a pipeline built in code. */
    private record Case(int index, String kind, String what, byte[] bytes, Pipeline pipeline, boolean viaFile) {
        String describe() {
            return "case " + index + " (" + kind + (viaFile ? ", via a file" : "") + "): " + what;
        }
    }

    /** Counts of the outcomes, to show that the mutations reach every stage. */
    private static final class Tally {
        int refusedByReader;
        int refusedByCompiler;
        int compiled;

        @Override
        public String toString() {
            return refusedByReader + " refused by the reader, " + refusedByCompiler + " by the compiler, " + compiled
                    + " compiled";
        }
    }

    private final PipelineCompiler compiler = new PipelineCompiler(MechanismRegistry.getDefault());

    private static int env(String name, int dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : Integer.parseInt(v.trim());
    }

    /** The example pipelines (real mechanisms, unknown to this fragment) and pipelines over the mock mechanisms. */
    static List<byte[]> seeds() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        try (var files = Files.list(EXAMPLES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".ldnpipe")).sorted().toList()) {
                seeds.add(Files.readAllBytes(f));
            }
        }
        assertEquals(4, seeds.size(), "the four example pipelines under " + EXAMPLES.toAbsolutePath());
        for (Pipeline p : List.of(HostileNamesTest.valid(), Pipelines.oralBesideLoop(0.5, 0.2),
                Pipelines.gainLoop("loop", 0.5, 0.5, 2))) {
            seeds.add(PipelineFiles.toText(p).getBytes(StandardCharsets.UTF_8));
        }
        return seeds;
    }

    @Test
    void mutatedPipelinesAreReadOrRefusedCleanly(@TempDir Path dir) throws Exception {
        long seed = env("LDN_FUZZ_SEED", 20_250_611);
        int cases = env("LDN_FUZZ_CASES", DEFAULT_CASES);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(env("LDN_FUZZ_SECONDS", DEFAULT_SECONDS));
        Random random = new Random(seed);
        FuzzMutator mutator = new FuzzMutator(random);
        List<byte[]> seeds = seeds();
        List<String> failures = new ArrayList<>();
        Tally tally = new Tally();
        ExecutorService worker = newWorker();
        int run = 0;
        long t0 = System.nanoTime();
        try {
            while (run < cases && System.nanoTime() < deadline && failures.size() < MAX_FAILURES) {
                Case c = next(run++, random, mutator, seeds);
                Future<?> f = worker.submit(() -> {
                    check(c, dir, tally);
                    return null;
                });
                try {
                    f.get(CASE_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker();
                    failures.add(report(c, "no result after " + CASE_SECONDS + " s (a hang or superlinear work)"));
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(report(c, stackTrace(e.getCause())));
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("fuzz: %d cases in %.1f s, seed %d: %s%n", run, (System.nanoTime() - t0) / 1e9, seed, tally);
        assertTrue(failures.isEmpty(), failures.size() + " failing cases:\n" + String.join("\n\n", failures));
        assertTrue(run >= Math.min(cases, 1000), "only " + run + " cases ran in the time allowed");
        assertTrue(tally.refusedByReader > 0 && tally.refusedByCompiler > 0 && tally.compiled > 0,
                "every stage is reached: " + tally);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz case");
            t.setDaemon(true);
            return t;
        });
    }

    /** Half of the cases change bytes, three in ten the JSON tree, two in ten the pipeline object. */
    private static Case next(int index, Random random, FuzzMutator m, List<byte[]> seeds) throws Exception {
        byte[] seed = seeds.get(random.nextInt(seeds.size()));
        int changes = 1 + random.nextInt(3);
        StringBuilder what = new StringBuilder();
        int kind = index % 10;
        if (kind < 5) {
            byte[] bytes = seed;
            for (int i = 0; i < changes; i++) {
                bytes = m.mutateBytes(bytes, seeds.get(random.nextInt(seeds.size())), what);
            }
            return new Case(index, "bytes", what.toString(), bytes, null, random.nextInt(8) == 0);
        }
        String text = new String(seed, StandardCharsets.UTF_8);
        if (kind < 8) {
            Map<String, Object> tree = JsonTrees.parse(text);
            for (int i = 0; i < changes; i++) {
                m.mutateTree(tree, what);
            }
            return new Case(index, "tree", what.toString(), JsonTrees.write(tree).getBytes(StandardCharsets.UTF_8),
                    null, false);
        }
        Pipeline p = PipelineFiles.read(new StringReader(text), "seed");
        for (int i = 0; i < changes; i++) {
            m.mutatePipeline(p, what);
        }
        return new Case(index, "code", what.toString(), null, p, false);
    }

    private void check(Case c, Path dir, Tally tally) throws Exception {
        if (c.pipeline() != null) {
            checkCompiler(c.pipeline(), tally);
            // the same pipeline through a file: refused by the reader, or read and checked again
            Pipeline read = readOrNull(PipelineFiles.toText(c.pipeline()), tally);
            if (read != null) {
                checkCompiler(read, tally);
            }
            return;
        }
        Pipeline p;
        try {
            if (c.viaFile()) {
                Path f = dir.resolve("case.ldnpipe");
                Files.write(f, c.bytes());
                p = PipelineFiles.read(f);
            } else {
                p = PipelineFiles.read(new StringReader(new String(c.bytes(), StandardCharsets.UTF_8)), "fuzz.ldnpipe");
            }
        } catch (PipelineFormatException e) {
            HostileNamesTest.assertShowable(e.getMessage());
            tally.refusedByReader++;
            return;
        }
        String written = PipelineFiles.toText(p);
        assertEquals(written, PipelineFiles.toText(PipelineFiles.read(new StringReader(written), "written")),
                "what the reader accepts is written and read back unchanged");
        checkCompiler(p, tally);
    }

    private static Pipeline readOrNull(String text, Tally tally) {
        try {
            return PipelineFiles.read(new StringReader(text), "fuzz.ldnpipe");
        } catch (PipelineFormatException e) {
            HostileNamesTest.assertShowable(e.getMessage());
            tally.refusedByReader++;
            return null;
        }
    }

    private void checkCompiler(Pipeline p, Tally tally) {
        for (Problem problem : compiler.validate(p)) {
            HostileNamesTest.assertShowable(problem.toString());
        }
        try {
            compiler.compileAll(p, "fuzz.ldnpipe", List.of());
            tally.compiled++;
        } catch (CompileException e) {
            HostileNamesTest.assertShowable(e.getMessage());
            tally.refusedByCompiler++;
        }
    }

    /** Saves the case's input for the corpus and describes the failure. */
    private static String report(Case c, String failure) {
        String saved;
        try {
            Files.createDirectories(FAILURES);
            Path f = FAILURES.resolve("case-" + c.index() + ".ldnpipe");
            Files.write(f, c.bytes() != null ? c.bytes()
                    : PipelineFiles.toText(c.pipeline()).getBytes(StandardCharsets.UTF_8));
            saved = "input saved as " + f.toAbsolutePath();
        } catch (Exception e) {
            saved = "input not saved: " + e;
        }
        return c.describe() + "\n" + saved + "\n" + failure;
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String s = w.toString();
        return s.length() > 3000 ? s.substring(0, 3000) + "..." : s;
    }
}
