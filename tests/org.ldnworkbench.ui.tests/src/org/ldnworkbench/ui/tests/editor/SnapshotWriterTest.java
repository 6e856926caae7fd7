package org.ldnworkbench.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.ui.internal.recovery.RecoveryStore;
import org.ldnworkbench.ui.internal.recovery.SnapshotWriter;

class SnapshotWriterTest {
    @TempDir
    Path dir;

    @Test
    void theNewestTextIsWrittenAndADiscardIsNeverUndoneByAPendingWrite() throws IOException {
        RecoveryStore store = new RecoveryStore(dir);
        SnapshotWriter writer = new SnapshotWriter(store, "p.ldnpipe");
        URI origin = Path.of("/p/p.ldnpipe").toUri();
        writer.changed(origin, "first");
        writer.changed(origin, "second");
        writer.flush();
        assertEquals("second", store.read(origin).orElseThrow().text(), "only the newest text counts");

        writer.changed(origin, "third");
        writer.discard(origin); // saved before the pending write ran
        writer.flush();
        assertTrue(store.read(origin).isEmpty(), "the discarded snapshot stays gone");
        assertTrue(store.list().isEmpty());
    }
}
