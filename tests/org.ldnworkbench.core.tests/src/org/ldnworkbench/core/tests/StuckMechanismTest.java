package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.core.registry.ClasspathMechanismCatalog;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.core.tests.mock.BindWaitsUntilInterrupted;
import org.ldnworkbench.core.tests.mock.LoopsUntilInterrupted;
import org.ldnworkbench.core.tests.mock.NeverReturns;
import org.ldnworkbench.core.tests.mock.SlowBind;
import org.ldnworkbench.core.tests.mock.ValidateNeverReturns;

/**
 * A mechanism call that never returns: the run stops after the mechanism timeout (half a second here: long beside
 * a call of microseconds, even on a loaded machine) naming node, call, time, mechanism and bundle, keeps its samples
 * up to the stuck call, the mechanism is quarantined (a pipeline that uses it is refused at compile time with the
 * reason), and other pipelines keep running. Two plugins: one that
 * waits until interrupted, one that spins ignoring everything. Each test uses a registry of its own, so that the
 * quarantine does not reach other tests. The JUnit timeouts are a safety net: the assertions are about what
 * happens, not how fast.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StuckMechanismTest {
    private static final String FRAGMENT = "org.ldnworkbench.core.tests";
    private final MechanismRegistry registry = new MechanismRegistry(RegistryFactory.getRegistry());

    @BeforeEach
    void shortTimeout() {
        Simulator.setMechanismTimeout(Duration.ofMillis(500));
        NeverReturns.release = false;
        LoopsUntilInterrupted.interrupted = false;
    }

    @AfterEach
    void defaults() {
        NeverReturns.release = true; // the abandoned thread comes back and ends its run
        Simulator.setMechanismTimeout(null);
    }

    /** A decay x' = -x over 10 h beside a node of {@code mechanism} that gets stuck at t = 3 h. */
    private static Pipeline stuckAt3h(String mechanism) {
        Pipeline p = new Pipeline().name("stuck");
        p.simulation().start(0).end(10).step(0.5);
        p.add(new Node("fine", "test.nan").parameter("at", 1000));
        p.add(new Node("stuck", mechanism).parameter("at", 3));
        return p;
    }

    private CompiledPipeline compile(Pipeline p) throws CompileException {
        return new PipelineCompiler(registry).compile(p, "stuck.ldnpipe", List.of());
    }

    private SimulationException stuckRun(String mechanism, String call) throws Exception {
        SimulationException e = assertThrows(SimulationException.class,
                () -> Simulator.run(compile(stuckAt3h(mechanism)), new NullProgressMonitor()));
        String m = e.getMessage();
        assertTrue(m.startsWith("node 'stuck': mechanism " + mechanism + " did not return from " + call + " at t = "),
                m);
        assertTrue(m.contains(" within 0.5 s") && m.endsWith("(mechanism " + mechanism + " from " + FRAGMENT + ")"),
                m);
        assertEquals("stuck", e.node());
        // an output is computed at the grid points (stuck at 3 h exactly), derivatives inside an integrator's step
        assertTrue(e.time() >= 3 && e.time() < 10, "stuck at " + e.time());
        SimulationResult partial = e.partialResult();
        assertNotNull(partial, "the samples before the stuck call are kept");
        assertTrue(partial.isPartial());
        double last = partial.time()[partial.length() - 1];
        assertTrue(partial.length() >= 1 && last <= e.time(), partial.length() + " samples, last at " + last);
        return e;
    }

    /** The mechanism is refused from now on, with the reason, and the rest of the registry keeps working. */
    private void assertQuarantinedAndTheRestWorks(String mechanism, String call) throws Exception {
        String reason = registry.quarantineReason(mechanism);
        assertNotNull(reason, "quarantined");
        assertTrue(reason.startsWith("mechanism " + mechanism + " from " + FRAGMENT + " is quarantined: a call " + call
                + " did not return within 0.5 s (node 'stuck', t = "), reason);
        assertTrue(registry.problems().contains(reason), registry.problems().toString());
        CompileException refused = assertThrows(CompileException.class, () -> compile(stuckAt3h(mechanism)));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
        Pipeline other = new Pipeline().name("other");
        other.simulation().start(0).end(10).step(0.5);
        other.add(new Node("fine", "test.nan").parameter("at", 1000));
        SimulationResult ok = Simulator.run(compile(other));
        assertTrue(!ok.isPartial() && ok.length() == 21);
        assertEquals(Math.exp(-10), ok.column(0)[20], 1e-6);
    }

    @Test
    void aCallWaitingUntilInterruptedIsStoppedNamedAndQuarantined() throws Exception {
        stuckRun("test.loopsUntilInterrupted", "computing derivatives");
        while (!LoopsUntilInterrupted.interrupted) {
            Thread.sleep(10); // the stuck thread is interrupted (the class's JUnit timeout is the safety net)
        }
        assertQuarantinedAndTheRestWorks("test.loopsUntilInterrupted", "computing derivatives");
    }

    @Test
    void aCallIgnoringInterruptsIsStoppedNamedAndQuarantined() throws Exception {
        SimulationException e = stuckRun("test.neverReturns", "computing its outputs");
        assertEquals(3, e.time());
        assertEquals(6, e.partialResult().length(), "the samples at 0, 0.5, ... 2.5 h");
        StackTraceElement[] stuckAt = e.getCause().getStackTrace();
        assertTrue(stuckAt.length > 0 && stuckAt[0].getClassName().equals(NeverReturns.class.getName()),
                "the cause carries the stuck thread's stack: " + List.of(stuckAt));
        assertQuarantinedAndTheRestWorks("test.neverReturns", "computing its outputs");
    }

    /**
     * Generated code names a stuck call by its node and kind (from the stuck thread's stack); the generic evaluation
     * (here: a pipeline whose nodes feed each other, with no node-level order) also names the output.
     */
    @Test
    void theGenericEvaluationNamesTheOutput() throws Exception {
        Pipeline p = stuckAt3h("test.neverReturns");
        p.add(new Node("s", "test.split"));
        p.add(new Node("g", "test.gain").parameter("g", 0.5));
        p.connect("s.y", "g.u");
        p.connect("g.y", "s.u");
        SimulationException e = assertThrows(SimulationException.class, () -> Simulator.run(compile(p)));
        assertTrue(e.getMessage().startsWith("node 'stuck': mechanism test.neverReturns did not return from "
                + "computing output 'stuck.y' at t = 3.00000 h within 0.5 s"), e.getMessage());
    }

    /**
     * A call stuck 3,000 frames deep (more than the 1,024 frames an exception's stack trace keeps) is still named
     * from the stuck thread's stack, and the right mechanism quarantined.
     */
    @Test
    void aCallStuckDeepInARecursionIsNamed() throws Exception {
        stuckRun("test.deepNeverReturns", "computing its outputs");
        assertNotNull(registry.quarantineReason("test.deepNeverReturns"));
    }

    /** A streamed run (as in scans) fails the same way, and its sink keeps the samples before the stuck call. */
    @Test
    void aStreamedRunFailsAndItsSinkKeepsTheSamplesBefore() throws Exception {
        int[] count = { 0 };
        double[] last = { Double.NaN };
        SimulationException e = assertThrows(SimulationException.class, () -> Simulator.stream(
                compile(stuckAt3h("test.neverReturns")), (t, row) -> {
                    count[0]++;
                    last[0] = t;
                }, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("did not return from computing its outputs"), e.getMessage());
        assertEquals(6, count[0], "the samples at 0, 0.5, ... 2.5 h");
        assertEquals(2.5, last[0]);
    }

    /**
     * The left thread, once its call comes back (interrupted), ends its run without handing another sample to the
     * sink, which its caller owns again: the sink holds exactly what it held when the caller was let go.
     */
    @Test
    void theLeftThreadHandsNoFurtherSampleToTheSink() throws Exception {
        AtomicInteger count = new AtomicInteger();
        assertThrows(SimulationException.class, () -> Simulator.stream(compile(stuckAt3h(
                "test.loopsUntilInterrupted")), (t, row) -> count.incrementAndGet(), new NullProgressMonitor()));
        int atFailure = count.get();
        while (!LoopsUntilInterrupted.interrupted) {
            Thread.sleep(10);
        }
        Thread left = LoopsUntilInterrupted.stuckThread;
        // back in the engine's pool, idle, once its run has ended (it would otherwise simulate on to t = 10 h)
        while (left.isAlive() && left.getState() != Thread.State.TIMED_WAITING) {
            Thread.sleep(10);
        }
        assertEquals(atFailure, count.get());
    }

    /** On a plain class path the catalog quarantines the same way. */
    @Test
    void theClassPathCatalogQuarantinesToo() throws Exception {
        ClasspathMechanismCatalog cat = new ClasspathMechanismCatalog(StuckMechanismTest.class.getClassLoader());
        PipelineCompiler compiler = new PipelineCompiler(cat);
        assertThrows(SimulationException.class,
                () -> Simulator.run(compiler.compile(stuckAt3h("test.neverReturns"), "t", List.of())));
        CompileException refused = assertThrows(CompileException.class,
                () -> compiler.compile(stuckAt3h("test.neverReturns"), "t", List.of()));
        assertTrue(refused.getMessage().contains("test.neverReturns from " + FRAGMENT + " is quarantined"),
                refused.getMessage());
        assertTrue(cat.problems().stream().anyMatch(p -> p.contains("is quarantined")), cat.problems().toString());
    }

    /**
     * Compiling runs plugin code too (its constructor and bind, its validate): a call that never returns there is
     * reported after the timeout as a problem of its node, the mechanism quarantined (refused by the next compile and
     * by validation, with the reason), and other pipelines compile and run.
     */
    @Test
    void aBindThatNeverReturnsIsAProblemOfItsNodeAndQuarantined() throws Exception {
        assertStuckWhileCompiling("test.bindNeverReturns", "creating and binding it");
    }

    @Test
    void aValidateThatNeverReturnsIsAProblemOfItsNodeAndQuarantined() throws Exception {
        assertStuckWhileCompiling("test.validateNeverReturns", "checking its values");
    }

    /**
     * A bind that gives up when interrupted (as plugins are told to) and then throws: its quarantine keeps the reason
     * that it did not return, not the failure it threw once interrupted.
     */
    @Test
    void aBindGivingUpWhenInterruptedKeepsTheReasonItWasQuarantinedFor() throws Exception {
        BindWaitsUntilInterrupted.interrupted = false;
        assertStuckWhileCompiling("test.bindWaitsUntilInterrupted", "creating and binding it");
        while (!BindWaitsUntilInterrupted.interrupted) {
            Thread.sleep(10); // its thread is interrupted (the class's JUnit timeout is the safety net)
        }
        Thread.sleep(100); // time for the failure it throws to reach the registry
        assertTrue(registry.quarantineReason("test.bindWaitsUntilInterrupted").contains("did not return within"),
                registry.quarantineReason("test.bindWaitsUntilInterrupted"));
    }

    /**
     * Validating a pipeline checks each scenario with one shared instance per mechanism: a validate that did not
     * return in the first scenario is not called again for the others (each would wait the timeout again and leave
     * another thread), they are refused with the quarantine's reason.
     */
    @Test
    void validatingScenariosWaitsForAStuckValidateOnce() throws Exception {
        Pipeline p = new Pipeline().name("scenarios");
        p.simulation().start(0).end(10).step(0.5);
        p.add(new Node("stuck", "test.validateNeverReturns"));
        for (int i = 0; i < 3; i++) {
            p.scenarios().add(new Scenario("s" + i, "scenario " + i));
        }
        ValidateNeverReturns.CALLS.set(0);
        List<Problem> problems = new PipelineCompiler(registry).validate(p);
        assertEquals(1, ValidateNeverReturns.CALLS.get(), "validate called once: " + problems);
        assertTrue(problems.stream().anyMatch(q -> q.toString().contains("did not return from checking its values")),
                problems.toString());
        String reason = registry.quarantineReason("test.validateNeverReturns");
        assertNotNull(reason);
        assertTrue(problems.stream().anyMatch(q -> q.toString().contains(reason)), problems.toString());
    }

    /** The budget is per call: a pipeline whose binds together take longer than one budget compiles. */
    @Test
    void theBudgetIsPerCallNotForTheWholeStep() throws Exception {
        Simulator.setMechanismTimeout(Duration.ofSeconds(1));
        SlowBind.millis = 400;
        try {
            Pipeline p = new Pipeline().name("slow binds");
            p.simulation().start(0).end(10).step(0.5);
            for (int i = 0; i < 4; i++) {
                p.add(new Node("slow" + i, "test.slowBind"));
            }
            assertEquals(4, compile(p).columns().size(), "1.6 s of binds, 0.4 s each");
            assertEquals(null, registry.quarantineReason("test.slowBind"));
        } finally {
            SlowBind.millis = 0;
        }
    }

    private void assertStuckWhileCompiling(String mechanism, String call) throws Exception {
        Pipeline p = new Pipeline().name("stuck while compiling");
        p.simulation().start(0).end(10).step(0.5);
        p.add(new Node("fine", "test.nan").parameter("at", 1000));
        p.add(new Node("stuck", mechanism));
        CompileException e = assertThrows(CompileException.class, () -> compile(p));
        String from = "mechanism " + mechanism + " from " + FRAGMENT;
        assertTrue(e.getMessage().contains("stuck") && e.getMessage().contains(from + " did not return from " + call
                + " within 0.5 s; its thread is left and the mechanism quarantined"), e.getMessage());
        String reason = registry.quarantineReason(mechanism);
        assertEquals(from + " is quarantined: a call " + call + " did not return within 0.5 s (node 'stuck')", reason);
        CompileException refused = assertThrows(CompileException.class, () -> compile(p));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
        assertTrue(new PipelineCompiler(registry).validate(p).stream().anyMatch(q -> q.toString().contains(reason)),
                "validation names the quarantine too");
        Pipeline other = new Pipeline().name("other");
        other.simulation().start(0).end(10).step(0.5);
        other.add(new Node("fine", "test.nan").parameter("at", 1000));
        assertEquals(21, Simulator.run(compile(other)).length());
    }

    @Test
    void theTimeoutComesFromTheSystemPropertyUnlessSet() {
        Simulator.setMechanismTimeout(null);
        String before = System.getProperty(Simulator.MECHANISM_TIMEOUT_PROPERTY);
        try {
            System.clearProperty(Simulator.MECHANISM_TIMEOUT_PROPERTY);
            assertEquals(Simulator.DEFAULT_MECHANISM_TIMEOUT, Simulator.mechanismTimeout());
            System.setProperty(Simulator.MECHANISM_TIMEOUT_PROPERTY, "2.5");
            assertEquals(Duration.ofMillis(2500), Simulator.mechanismTimeout());
            System.setProperty(Simulator.MECHANISM_TIMEOUT_PROPERTY, "0");
            assertEquals(Duration.ZERO, Simulator.mechanismTimeout());
            System.setProperty(Simulator.MECHANISM_TIMEOUT_PROPERTY, "soon");
            assertEquals(Simulator.DEFAULT_MECHANISM_TIMEOUT, Simulator.mechanismTimeout());
            Simulator.setMechanismTimeout(Duration.ofSeconds(3));
            assertEquals(Duration.ofSeconds(3), Simulator.mechanismTimeout());
        } finally {
            if (before == null) {
                System.clearProperty(Simulator.MECHANISM_TIMEOUT_PROPERTY);
            } else {
                System.setProperty(Simulator.MECHANISM_TIMEOUT_PROPERTY, before);
            }
        }
    }
}
