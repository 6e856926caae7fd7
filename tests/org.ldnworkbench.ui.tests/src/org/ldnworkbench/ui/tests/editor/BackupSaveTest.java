package org.ldnworkbench.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.ui.internal.recovery.BackupSave;

class BackupSaveTest {
    @TempDir
    Path dir;

    @Test
    void theFirstSaveMakesNoBackupAndEachLaterSaveKeepsThePreviousVersion() throws IOException {
        Path file = dir.resolve("dose-scan.ldnpipe");
        BackupSave.save(file, "v1");
        assertEquals("v1", Files.readString(file));
        assertFalse(Files.exists(BackupSave.backupOf(file)), "nothing to keep before the first save");

        BackupSave.save(file, "v2");
        assertEquals("v2", Files.readString(file));
        assertEquals("v1", Files.readString(dir.resolve("dose-scan.ldnpipe.bak")));

        BackupSave.save(file, "v3");
        assertEquals("v3", Files.readString(file));
        assertEquals("v2", Files.readString(BackupSave.backupOf(file)));
    }

    @Test
    void aSaveKeepsTheFilesPermissionsAndANewFileIsReadableByOthers() throws IOException {
        Path file = dir.resolve("p.ldnpipe");
        BackupSave.save(file, "new");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        BackupSave.save(file, "again");
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aFailedSaveLeavesTheFileAsItWasAndNamesIt() throws IOException {
        Path file = dir.resolve("p.ldnpipe");
        BackupSave.save(file, "kept");
        // the backup's place is taken by a folder with content: the save must fail before touching the file
        Files.createDirectories(BackupSave.backupOf(file).resolve("x"));
        IOException e = assertThrows(IOException.class, () -> BackupSave.save(file, "lost?"));
        assertTrue(e.getMessage().contains(BackupSave.backupOf(file).toString()), e.getMessage());
        assertEquals("kept", Files.readString(file));
    }
}
