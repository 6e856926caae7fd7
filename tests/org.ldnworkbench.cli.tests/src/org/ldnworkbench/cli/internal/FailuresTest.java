package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismSpec;

/**
 * Whatever is thrown while a command runs, errors of the JVM included and on worker threads too, ends in one line on
 * stderr and a non-zero exit code: before, an OutOfMemoryError left the application, went to the product log only,
 * and the process exited with 0.
 */
class FailuresTest {
    static final String FILE = ResultsDirectoryTest.FILE;
    static final String PK = "org.ldnworkbench.pk.naltrexone";

    /**
     * The installed mechanisms, except that the PK mechanism's derivatives throw on the worker threads of
     * {@link Runs} (or the engine's threads that simulate for them), or that looking up any declaration throws (on the application thread, while checking).
     */
    static final class ThrowingCatalog extends InstalledMechanismsWith {
        private final Supplier<Throwable> inWorker;
        private final Supplier<Throwable> inSpec;

        ThrowingCatalog(Supplier<Throwable> inWorker, Supplier<Throwable> inSpec) {
            this.inWorker = inWorker;
            this.inSpec = inSpec;
        }

        @Override
        public MechanismSpec spec(String id) {
            if (inSpec != null) {
                throwUnchecked(inSpec.get());
            }
            return super.spec(id);
        }

        @Override
        Mechanism replace(String id, Mechanism m) {
            if (!id.equals(PK) || inWorker == null) {
                return m;
            }
            return (Mechanism) Proxy.newProxyInstance(Mechanism.class.getClassLoader(),
                    new Class<?>[] { Mechanism.class }, (proxy, method, args) -> {
                        // a worker thread: Runs' (ldnwb-run) or the engine's that runs the simulation for it
                        if (method.getName().equals("derivatives")
                                && Thread.currentThread().getName().startsWith("ldnwb-")) {
                            throwUnchecked(inWorker.get());
                        }
                        try {
                            return method.invoke(m, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        private static void throwUnchecked(Throwable t) {
            if (t instanceof Error) {
                throw (Error) t;
            }
            throw (RuntimeException) t;
        }
    }

    static CliOutcome run(MechanismCatalog catalog, Path out, String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "run";
        args[1] = FILE;
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return CliOutcome.run(catalog, args);
    }

    private static void assertOneLine(CliOutcome o, int code, String start) {
        assertEquals(code, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith(start), o.err());
    }

    @Test
    void aRealOutOfMemoryErrorOnAWorkerThreadIsOneLineNamingTheScenarioAndTheHeap(@TempDir Path dir) throws Exception {
        // a real one, thrown by the JVM: the array is larger than any heap may hold
        CliOutcome o = run(new ThrowingCatalog(() -> {
            long[] huge = new long[Integer.MAX_VALUE - 2];
            return new IllegalStateException("allocated " + huge.length);
        }, null), dir.resolve("res"));
        assertOneLine(o, 1, "error: out of memory while simulating scenario 'pet' (the JVM heap is ");
        assertTrue(o.err().contains(" MB; "), o.err());
        Trees.assertNames(dir, ".res.ldnwb-lock");
    }

    @Test
    void anOutOfMemoryErrorOnTheApplicationThreadNamesWhatTheCommandWasDoing(@TempDir Path dir) {
        CliOutcome o = run(new ThrowingCatalog(null, () -> new OutOfMemoryError("Java heap space")),
                dir.resolve("res"));
        assertOneLine(o, 1, "error: out of memory while checking '" + FILE + "' (the JVM heap is ");
    }

    @Test
    void aStackOverflowIsOneLine(@TempDir Path dir) {
        CliOutcome o = run(new ThrowingCatalog(StackOverflowError::new, null), dir.resolve("res"));
        assertOneLine(o, 1, "error: stack overflow while simulating scenario 'pet' (");
    }

    @Test
    void linkageErrorsAndBugsAreInternalErrorsWithExitCode70(@TempDir Path dir) {
        CliOutcome o = run(new ThrowingCatalog(() -> new NoClassDefFoundError("org/example/Gone"),
                null), dir.resolve("a"));
        assertOneLine(o, 70, "internal error while simulating scenario 'pet': the installation is incomplete or "
                + "inconsistent: java.lang.NoClassDefFoundError: org/example/Gone (run with --debug for details)");
        o = run(new ThrowingCatalog(() -> new AssertionError("boom\nsecond line"), null), dir.resolve("b"));
        assertOneLine(o, 70, "internal error while simulating scenario 'pet': java.lang.AssertionError: "
                + "boom\\nsecond line (run with --debug for details)");
        o = run(new ThrowingCatalog(() -> new AssertionError("bad"), null), dir.resolve("c"), "--debug");
        assertEquals(70, o.code());
        assertTrue(o.err().startsWith("internal error while simulating scenario 'pet': java.lang.AssertionError: bad\n"),
                o.err());
        assertTrue(o.err().contains("\tat "), "--debug adds the stack trace: " + o.err());
    }

    @Test
    void aRuntimeExceptionOfAMechanismIsTheEnginesOneLineError(@TempDir Path dir) {
        CliOutcome o = run(new ThrowingCatalog(() -> new IllegalStateException("boom\nsecond line"),
                null), dir.resolve("res"));
        assertOneLine(o, 1, "error: scenario 'pet': node 'pk': mechanism " + PK + " failed computing derivatives");
        assertTrue(o.err().contains("boom\\nsecond line"), "control characters escaped: " + o.err());
    }

    @Test
    void aCancelledWorkerIsReportedAsCancelled() {
        Failure f = Failure.of(new Runs.WorkerFailure("scenario 'pet'",
                new org.eclipse.core.runtime.OperationCanceledException()), "simulating", false);
        assertEquals(new Failure(130, "cancelled"), f);
    }
}
