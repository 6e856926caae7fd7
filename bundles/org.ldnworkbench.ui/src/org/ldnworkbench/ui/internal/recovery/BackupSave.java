package org.ldnworkbench.ui.internal.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.ui.internal.editor.Messages;

/**
 * How the pipeline editor saves: the previous version of the file is kept beside it as {@code NAME.bak} (for
 * {@code dose-scan.ldnpipe}, {@code dose-scan.ldnpipe.bak}), then the new text replaces the file atomically
 * ({@link AtomicText}). The backup is itself written atomically, so that a crash at any moment leaves the file and
 * its backup each whole: at worst the backup already holds the old version and the file still does too.
 * <p>
 * One backup per file, the version before the last save: enough to undo a save the user regrets, small enough to
 * leave beside the file (the Project Explorer shows it; its extension keeps it from opening as a pipeline).
 */
public final class BackupSave {
    /** Appended to the file's name to name its backup. */
    public static final String BACKUP_SUFFIX = ".bak";

    private BackupSave() {
    }

    /**
     * @param file a file
     * @return where its backup is kept
     */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Keeps the file's current content as its backup (when the file exists), then writes {@code text} over it.
     *
     * @param file the file to save
     * @param text its new content
     * @throws IOException naming the file (or its backup) and the reason; the file is then unchanged
     */
    public static void save(Path file, String text) throws IOException {
        if (Files.isRegularFile(file)) {
            byte[] previous;
            try {
                previous = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new IOException(NLS.bind(Messages.Save_backupUnreadable, file, e.getMessage()), e);
            }
            AtomicText.write(backupOf(file), previous);
        }
        AtomicText.write(file, text);
    }
}
