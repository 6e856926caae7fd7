package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link InBackground}: a value computed in a daemon thread is the caller's, and what the computation throws reaches
 * the caller as it is (summary.json formatted in the background fails as when formatted in the command's thread).
 */
class InBackgroundTest {
    @Test
    void theValueIsComputedInADaemonThread() {
        InBackground<Thread> b = InBackground.start("ldnwb-test", Thread::currentThread);
        Thread t = b.get();
        assertTrue(t.isDaemon());
        assertEquals("ldnwb-test", t.getName());
    }

    @Test
    void whatTheComputationThrowsReachesTheCallerAsItIs() {
        IllegalArgumentException thrown = new IllegalArgumentException("no summary for scenario 'x'");
        InBackground<byte[]> failing = InBackground.start("ldnwb-test", () -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(IllegalArgumentException.class, failing::get));
        OutOfMemoryError error = new OutOfMemoryError("injected");
        InBackground<byte[]> erring = InBackground.start("ldnwb-test", () -> {
            throw error;
        });
        assertSame(error, assertThrows(OutOfMemoryError.class, erring::get));
    }
}
