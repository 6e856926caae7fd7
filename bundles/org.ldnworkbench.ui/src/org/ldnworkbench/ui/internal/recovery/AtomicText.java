package org.ldnworkbench.ui.internal.recovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.ldnworkbench.core.internal.pipeline.AtomicFiles;

/**
 * Writes a text so that a reader, or the next start after a crash, sees either the old file or the new one, never a
 * part, with the file's permissions kept: the core's {@code AtomicFiles} (temporary file beside the target, forced
 * to disk, renamed over it, folder synced). The editor needs it for texts that are not pipelines (a Source page's
 * broken text is saved as it is; recovery snapshots), which {@code PipelineFiles.write} does not take.
 */
public final class AtomicText {
    private AtomicText() {
    }

    /**
     * @param target the file to write; its folder is created when missing
     * @param text written as UTF-8
     * @throws IOException naming the target and the reason; the target is then unchanged
     */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param target the file to write; its folder is created when missing
     * @param content the bytes
     * @throws IOException naming the target and the reason; the target is then unchanged
     */
    public static void write(Path target, byte[] content) throws IOException {
        AtomicFiles.write(target, content);
    }
}
