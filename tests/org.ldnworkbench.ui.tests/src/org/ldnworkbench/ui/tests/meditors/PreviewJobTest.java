package org.ldnworkbench.ui.tests.meditors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.ui.mechanism.PreviewJob;
import org.ldnworkbench.ui.tests.support.UiWait;

/**
 * Previews are never queued: a newer request cancels the computation still running, and only the newest result is
 * shown (on the user-interface thread).
 */
class PreviewJobTest {
    @Test
    void aNewerRequestCancelsTheOlderAndOnlyTheNewestIsShown() throws Exception {
        Shell owner = new Shell(UiWait.display());
        try {
            List<String> shown = new CopyOnWriteArrayList<>();
            PreviewJob<String> previews = new PreviewJob<>("test preview", owner, shown::add,
                    message -> shown.add("failed: " + message));
            CountDownLatch started = new CountDownLatch(1);
            AtomicBoolean olderCancelled = new AtomicBoolean();
            AtomicBoolean olderEnded = new AtomicBoolean();
            previews.schedule(monitor -> {
                started.countDown();
                long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!monitor.isCanceled() && System.nanoTime() < giveUp) {
                    Thread.sleep(5);
                }
                olderCancelled.set(monitor.isCanceled());
                olderEnded.set(true);
                return "older";
            });
            assertTrue(started.await(10, TimeUnit.SECONDS), "the first computation did not start");
            previews.schedule(monitor -> "newest");
            UiWait.until("the newest preview to be shown", () -> shown.contains("newest"));
            UiWait.until("the older computation to end", olderEnded::get, Duration.ofSeconds(15));
            UiWait.pause(Duration.ofMillis(200));
            assertTrue(olderCancelled.get(), "the older computation was not cancelled by the newer request");
            assertEquals(List.of("newest"), shown, "something else than the newest preview was shown");
        } finally {
            owner.dispose();
        }
    }
}
