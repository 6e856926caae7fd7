package org.ldnworkbench.ui.internal.recovery;

import java.net.URI;
import java.nio.file.Path;
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
    private RecoveryOffer() {
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
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .format(snapshot.taken().atZone(ZoneId.systemDefault()));
        MessageDialog dialog = new MessageDialog(shell, Messages.Recovery_title, null,
                NLS.bind(Messages.Recovery_question, shown, when), MessageDialog.QUESTION, 0,
                Messages.Recovery_recover, Messages.Recovery_discard);
        if (dialog.open() != 0) {
            writer.discard(origin);
            return Optional.empty();
        }
        return Optional.of(snapshot.text());
    }
}
