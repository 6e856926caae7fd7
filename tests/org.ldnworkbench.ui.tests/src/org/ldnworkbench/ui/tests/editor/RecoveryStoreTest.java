package org.ldnworkbench.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.ui.internal.recovery.RecoveryStore;
import org.ldnworkbench.ui.internal.recovery.Snapshot;

class RecoveryStoreTest {
    @TempDir
    Path dir;

    private RecoveryStore store() {
        return new RecoveryStore(dir.resolve("recovery"));
    }

    private static URI file(String path) {
        return Path.of(path).toUri();
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    @Test
    void aSavedTextIsReadListedReplacedAndRemoved() throws IOException {
        RecoveryStore store = store();
        URI origin = file("/work/demo/dose-scan.ldnpipe");
        String text = "{\n  \"name\": \"änderung\"\n}\n";
        store.save(origin, text);
        assertEquals(text, store.read(origin).orElseThrow().text());
        List<Snapshot> all = store.list();
        assertEquals(1, all.size());
        assertEquals(origin, all.get(0).origin());

        store.save(origin, "second");
        assertEquals("second", store.read(origin).orElseThrow().text());
        assertEquals(1, store.list().size(), "one snapshot per file: a newer text replaces the older");

        store.remove(origin);
        assertTrue(store.read(origin).isEmpty());
        assertTrue(store.list().isEmpty());
    }

    @Test
    void snapshotsOfDifferentFilesAreKeptApart() throws IOException {
        RecoveryStore store = store();
        URI a = file("/p/a.ldnpipe");
        URI b = file("/p/b.ldnpipe");
        store.save(a, "A");
        store.save(b, "B");
        assertEquals("A", store.read(a).orElseThrow().text());
        assertEquals("B", store.read(b).orElseThrow().text());
        store.remove(a);
        assertEquals("B", store.read(b).orElseThrow().text());
    }

    @Test
    void aSnapshotIsNamedByAHashNeverByThePath() throws IOException {
        RecoveryStore store = store();
        URI hostile = file("/tmp/../etc/a b/" + "x".repeat(300) + "/evil\u202e.ldnpipe");
        store.save(hostile, "kept");
        Path written = store.fileOf(hostile);
        assertEquals(store.folder(), written.getParent(), "inside the store's folder whatever the path holds");
        assertTrue(written.getFileName().toString().matches("[0-9a-f]{64}\\.snapshot"), written.toString());
        assertEquals(List.of(written), filesIn(store.folder()));
        assertEquals(hostile, store.list().get(0).origin(), "the origin is stored inside, exactly");
    }

    @Test
    void savingLeavesNoTemporaryFileAndAFailedWriteLeavesTheOldSnapshot() throws IOException {
        RecoveryStore store = store();
        URI origin = file("/p/a.ldnpipe");
        store.save(origin, "old");
        assertEquals(1, filesIn(store.folder()).size(), "no temporary file left beside the snapshot");

        // a snapshot that cannot replace its target (here: a folder holding a file) fails whole
        URI blocked = file("/p/blocked.ldnpipe");
        Files.createDirectories(store.fileOf(blocked));
        Files.writeString(store.fileOf(blocked).resolve("inside"), "x");
        try {
            store.save(blocked, "new");
        } catch (IOException expected) {
            assertTrue(expected.getMessage().contains(store.fileOf(blocked).toString()), expected.getMessage());
        }
        assertEquals("old", store.read(origin).orElseThrow().text());
        assertTrue(filesIn(store.folder()).stream().noneMatch(p -> p.getFileName().toString().endsWith(".tmp")),
                "the failed write removed its temporary file");
    }

    @Test
    void aDamagedOrForeignFileIsSkippedNotFatal() throws IOException {
        RecoveryStore store = store();
        store.save(file("/p/good.ldnpipe"), "good");
        Files.writeString(store.folder().resolve("0".repeat(64) + RecoveryStore.SUFFIX), "not a snapshot",
                StandardCharsets.UTF_8);
        Files.writeString(store.folder().resolve("1".repeat(64) + RecoveryStore.SUFFIX),
                RecoveryStore.HEADER + "\nfile:/p/x\nnot-a-time\ntext", StandardCharsets.UTF_8);
        List<Snapshot> all = store.list();
        assertEquals(1, all.size());
        assertEquals("good", all.get(0).text());
    }

    @Test
    void anEmptyOrMissingStoreListsNothing() throws IOException {
        RecoveryStore store = store();
        assertTrue(store.list().isEmpty());
        assertFalse(Files.exists(store.folder()), "listing does not create the folder");
        store.remove(file("/p/never.ldnpipe"));
    }
}
