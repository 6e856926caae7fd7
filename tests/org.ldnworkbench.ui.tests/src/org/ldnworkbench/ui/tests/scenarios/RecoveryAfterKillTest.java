package org.ldnworkbench.ui.tests.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.internal.recovery.Recovery;
import org.ldnworkbench.ui.internal.recovery.RecoveryStartup;
import org.ldnworkbench.ui.tests.support.Dialogs;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * Unsaved edits survive a workbench that is killed. A real kill ends the process, and the UI harness runs in that
 * process, so this test reproduces what a kill leaves and what the next start does, with the product's own code:
 * <ol>
 * <li>an edit makes the editor dirty and the editor's periodic snapshot is written to the recovery store;</li>
 * <li>a killed workbench never disposes its editors, so the snapshot stays on disk; closing the editor here
 * disposes it (which discards the snapshot, as a user's "close without saving" should), so the snapshot file is
 * copied aside first and put back after the close: the disk is then as a kill leaves it;</li>
 * <li>the next start runs {@link RecoveryStartup} (an {@code org.eclipse.ui.startup} contribution), called here as the
 * workbench calls it: it reopens the file's editor, which asks Recover / Discard; the test presses Recover.</li>
 * </ol>
 * The recovered editor shows the edit, is dirty, and the file on disk is untouched.
 */
@ExtendWith(ScreenshotOnFailure.class)
class RecoveryAfterKillTest {
    private static final String PROJECT = "recovery";
    private static final String EDITED_NAME = "edited before the kill";

    @AfterEach
    void cleanUp() throws IOException {
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void theNextStartOffersTheUnsavedEditBackAndRecoverRestoresIt() throws IOException {
        IFile file = Workbenches.file(Workbenches.project(PROJECT), "trial.ldnpipe",
                PipelineEditors.template(PipelineEditors.DEFAULT_TEMPLATE));
        String onDisk = Workbenches.text(file);
        killedWithUnsavedEdit(file);

        Dialogs.Answer recover = Dialogs.answerNext("Recover", Duration.ofSeconds(20));
        new RecoveryStartup().earlyStartup();
        IEditorPart reopened = UiWait.forValue("the recovery to reopen the file's editor", () -> {
            IEditorPart active = Workbenches.page().getActiveEditor();
            return active instanceof PipelineEditor && active.getEditorInput() instanceof FileEditorInput in
                    && in.getFile().equals(file) ? active : null;
        }, UiWait.DEFAULT_TIMEOUT);
        recover.assertAnswered();
        assertEquals("Recover Unsaved Changes", recover.dialogTitle().orElse(""), "another dialog was answered");

        UiWait.until("the recovered edit in the editor", () -> {
            PipelineDocument document = reopened.getAdapter(PipelineDocument.class);
            return document != null && EDITED_NAME.equals(document.pipeline().name());
        });
        assertTrue(reopened.isDirty(), "the recovered edit is not shown as unsaved");
        assertEquals(onDisk, Workbenches.text(file), "recovering wrote to the file before the user saved");
        assertTrue(PipelineFiles.toText(PipelineEditors.document(reopened).pipeline()).contains(EDITED_NAME));
    }

    /**
     * The file changed on disk after the snapshot was written (another program, a colleague's copy): the question
     * says so and Discard keeps the file's newer text; nothing is recovered over it.
     */
    @Test
    void aFileChangedAfterTheSnapshotIsNamedInTheQuestionAndDiscardKeepsIt() throws IOException {
        IFile file = Workbenches.file(Workbenches.project(PROJECT), "newer.ldnpipe",
                PipelineEditors.template(PipelineEditors.DEFAULT_TEMPLATE));
        Path snapshot = killedWithUnsavedEdit(file);
        Path onDisk = file.getLocation().toFile().toPath();
        String newer = Files.readString(onDisk).replace("\"name\": \"", "\"name\": \"changed elsewhere: ");
        Files.writeString(onDisk, newer);
        Files.setLastModifiedTime(onDisk, java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(60)));

        String[] question = new String[1];
        Dialogs.Answer discard = Dialogs.answerNext("Discard", shell -> question[0] = Widgets.all(shell,
                org.eclipse.swt.widgets.Label.class, l -> l.getText().contains("Unsaved changes")).stream()
                .map(org.eclipse.swt.widgets.Label::getText).findFirst().orElse(""), Duration.ofSeconds(20));
        new RecoveryStartup().earlyStartup();
        UiWait.until("the recovery question to be answered", () -> discard.dialogTitle().isPresent(),
                UiWait.DEFAULT_TIMEOUT);
        discard.assertAnswered();
        assertTrue(question[0].contains("changed on disk later"), "the question does not say the file is newer: "
                + question[0]);
        assertEquals(newer, Files.readString(onDisk), "discarding changed the file");
        UiWait.until("the snapshot to be deleted after Discard", () -> !Files.exists(snapshot));
    }

    /** The file was deleted while the workbench was down: the kept changes are offered, and Recreate brings it back. */
    @Test
    void changesKeptOfADeletedFileAreOfferedAndRecreateWritesThemBack() throws IOException {
        IFile file = Workbenches.file(Workbenches.project(PROJECT), "deleted.ldnpipe",
                PipelineEditors.template(PipelineEditors.DEFAULT_TEMPLATE));
        killedWithUnsavedEdit(file);
        Path onDisk = file.getLocation().toFile().toPath();
        Files.delete(onDisk);

        Dialogs.Answer recreate = Dialogs.answerNext("Recreate File", Duration.ofSeconds(20));
        new RecoveryStartup().earlyStartup();
        UiWait.until("the question about the deleted file to be answered", () -> recreate.dialogTitle().isPresent(),
                UiWait.DEFAULT_TIMEOUT);
        recreate.assertAnswered();
        UiWait.until("the file to be written back with the kept changes", () -> Files.isRegularFile(onDisk));
        assertTrue(Files.readString(onDisk).contains(EDITED_NAME), "the recreated file lacks the kept edit");
    }

    /**
     * What a kill with unsaved changes leaves: makes an edit, waits until its snapshot is written, closes the editor
     * without saving (which deletes the snapshot, as the test checks) and puts the snapshot back.
     *
     * @return the snapshot's file
     */
    private static Path killedWithUnsavedEdit(IFile file) throws IOException {
        URI origin = file.getLocation().toFile().toPath().toAbsolutePath().normalize().toUri();
        Path snapshot = Recovery.store().fileOf(origin);
        PipelineEditor editor = PipelineEditors.open(file);
        assertTrue(PipelineEditors.document(editor).edit("Rename pipeline", p -> p.name(EDITED_NAME)).isOK(),
                "the edit was refused");
        UiWait.until("the recovery snapshot of the unsaved edit to be written", () -> Files.isRegularFile(snapshot)
                && Recovery.store().read(origin).map(s -> s.text().contains(EDITED_NAME)).orElse(false),
                Duration.ofSeconds(20));
        byte[] keptByTheKill = Files.readAllBytes(snapshot);
        assertTrue(Workbenches.page().closeEditor(editor, false), "the editor did not close");
        assertFalse(Files.exists(snapshot), "closing without saving kept the snapshot; a later start would offer it");
        Files.write(snapshot, keptByTheKill);
        return snapshot;
    }
}
