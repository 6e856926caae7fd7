package org.ldnworkbench.ui.internal.editor;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IURIEditorInput;
import org.ldnworkbench.core.pipeline.PipelineFiles;

/**
 * Where an editor input lives: a workspace file (markers, refresh, Save As dialog of the workspace) or a file outside
 * the workspace opened through a {@code file:} URI (no markers). Both have a path on disk, which is what is read and
 * saved.
 */
public final class EditorInputs {
    private EditorInputs() {
    }

    /** @return the workspace file of the input, or null for a file outside the workspace */
    static IFile workspaceFile(IEditorInput input) {
        return input instanceof IFileEditorInput in ? in.getFile() : null;
    }

    /** @return the input's file on disk, or null when it has none (a remote or virtual resource) */
    static Path path(IEditorInput input) {
        if (input instanceof IFileEditorInput in && in.getFile().getLocation() != null) {
            return in.getFile().getLocation().toFile().toPath();
        }
        if (input instanceof IURIEditorInput in && "file".equals(in.getURI().getScheme())) {
            return Path.of(in.getURI());
        }
        return null;
    }

    /** @return the input's file as a URI: the key of its recovery snapshot */
    static URI uri(IEditorInput input) {
        Path path = path(input);
        return path == null ? null : path.toAbsolutePath().normalize().toUri();
    }

    /**
     * Reads a pipeline file's text as it is, whether or not it is a pipeline (a broken file opens on the Source page).
     *
     * @param path the file
     * @return its text
     * @throws IOException naming the file: unreadable, larger than {@link PipelineFiles#MAX_FILE_SIZE}, not UTF-8
     */
    public static String read(Path path) throws IOException {
        if (Files.exists(path) && !Files.isRegularFile(path)) { // a pipe or device would block the reader for ever
            throw new IOException(NLS.bind(Messages.Read_notRegularFile, path));
        }
        long size = Files.size(path);
        if (size > PipelineFiles.MAX_FILE_SIZE) {
            throw new IOException(NLS.bind(Messages.Read_tooLarge, new Object[] { path, size,
                    PipelineFiles.MAX_FILE_SIZE }));
        }
        byte[] bytes = Files.readAllBytes(path);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(NLS.bind(Messages.Read_notText, path), e);
        }
    }
}
