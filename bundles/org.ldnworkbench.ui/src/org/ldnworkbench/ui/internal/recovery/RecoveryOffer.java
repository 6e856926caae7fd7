package org.ldnworkbench.ui.internal.recovery;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.ldnworkbench.ui.internal.editor.Messages;

/**
 * Asks whether to take back the unsaved text a snapshot kept of a file being opened: Recover gives the text to the
 * editor (which shows it as unsaved changes; nothing is written to the file), Discard deletes the snapshot. A
 * snapshot equal to the file's text is deleted without asking.
 */
public final class RecoveryOffer {
    /**
     * Whether a recovery question is open. Several editors reopened after a crash each ask; a second modal dialog
     * opened from the first one's event loop could end up behind the window and leave it deaf to clicks, so the
     * editors ask one after another ({@link #busy()}).
     */
    private static boolean asking;

    private RecoveryOffer() {
    }

    /** @return whether another editor's recovery question is open (ask later) */
    public static boolean busy() {
        return asking;
    }

    /**
     * @param shell the dialog's parent
     * @param writer the editor's snapshot writer (deletes the snapshot)
     * @param origin the file being opened
     * @param shown the file's path, as shown to the user
     * @param opened the file's text as opened
     * @return the text to recover, empty when there is none or the user discarded it
     */
    public static Optional<String> ask(Shell shell, SnapshotWriter writer, URI origin, Path shown, String opened) {
        Optional<Snapshot> kept = Recovery.store().read(origin);
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        Snapshot snapshot = kept.get();
        if (snapshot.text().equals(opened)) {
            writer.discard(origin);
            return Optional.empty();
        }
        Instant changed = lastModified(shown);
        boolean fileIsNewer = changed != null && changed.isAfter(snapshot.taken());
        String question = fileIsNewer
                ? NLS.bind(Messages.Recovery_questionFileNewer, new Object[] { shown, time(snapshot.taken()), time(changed) })
                : NLS.bind(Messages.Recovery_question, shown, time(snapshot.taken()));
        // when the file changed after the snapshot, Discard (keep the file's newer text) is the default
        MessageDialog dialog = new MessageDialog(shell, Messages.Recovery_title, null, question,
                fileIsNewer ? MessageDialog.WARNING : MessageDialog.QUESTION, fileIsNewer ? 1 : 0,
                Messages.Recovery_recover, Messages.Recovery_discard);
        int answer = openOneAtATime(dialog);
        if (answer != 0) {
            writer.discard(origin);
            return Optional.empty();
        }
        return Optional.of(snapshot.text());
    }

    /** What to do with kept changes whose file is gone. */
    public enum MissingFileChoice {
        /** Write the kept text as the file again, then open it. */
        RECREATE,
        /** Leave the snapshot in the store (asked again at the next start). */
        KEEP,
        /** Delete the snapshot. */
        DISCARD
    }

    /**
     * Asks what to do with unsaved changes kept of a file that no longer exists (deleted or moved while the
     * workbench was down): without asking they would sit unseen in the workspace's metadata.
     *
     * @param shell the dialog's parent
     * @param snapshot the kept changes
     * @param file the file they belong to
     * @return the user's choice (KEEP when the dialog is closed)
     */
    public static MissingFileChoice askForMissingFile(Shell shell, Snapshot snapshot, Path file) {
        MessageDialog dialog = new MessageDialog(shell, Messages.Recovery_title, null,
                NLS.bind(Messages.Recovery_questionMissing, file, time(snapshot.taken())), MessageDialog.WARNING, 0,
                Messages.Recovery_recreate, Messages.Recovery_keep, Messages.Recovery_discard);
        int answer = openOneAtATime(dialog);
        return answer == 0 ? MissingFileChoice.RECREATE
                : answer == 2 ? MissingFileChoice.DISCARD : MissingFileChoice.KEEP;
    }

    /** @return the dialog's answer; {@link #busy()} is true while it is open */
    private static int openOneAtATime(MessageDialog dialog) {
        asking = true;
        try {
            return dialog.open();
        } finally {
            asking = false;
        }
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).format(instant.atZone(ZoneId.systemDefault()));
    }

    /** @return when the file was last written, or null when that cannot be read */
    private static Instant lastModified(Path file) {
        try {
            return file == null ? null : Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return null;
        }
    }
}
