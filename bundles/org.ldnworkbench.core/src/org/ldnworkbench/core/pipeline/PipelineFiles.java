package org.ldnworkbench.core.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.ldnworkbench.core.internal.pipeline.AtomicFiles;
import org.ldnworkbench.core.internal.pipeline.BoundedFiles;
import org.ldnworkbench.core.pipeline.IoReasons;
import org.ldnworkbench.core.internal.pipeline.PipelineCodec;

/**
 * Reads and writes {@code .ldnpipe} files (format {@value PipelineCodec#FORMAT}).
 *
 * @since 0.1
 */
public final class PipelineFiles {
    /**
     * Largest pipeline file accepted (bytes); real pipelines are a few kB.
     *
     * @since 0.1
     */
    public static final long MAX_FILE_SIZE = 8L * 1024 * 1024;

    /**
     * The file extension, without the dot.
     *
     * @since 0.1
     */
    public static final String EXTENSION = "ldnpipe";

    private PipelineFiles() {
    }

    /**
     * Reads only regular files (never a device, FIFO, folder or socket) and never more than {@link #MAX_FILE_SIZE}
     * + 1 bytes, whatever size the file claims.
     *
     * @param file a pipeline file
     * @return the pipeline
     * @throws PipelineFormatException naming the file and the place of the problem, or why it cannot be read
     * @since 0.1
     */
    public static Pipeline read(Path file) throws PipelineFormatException {
        String name = Names.escape(file.toString());
        byte[] bytes;
        try {
            bytes = BoundedFiles.read(file, MAX_FILE_SIZE);
        } catch (BoundedFiles.RefusedFile e) {
            throw new PipelineFormatException(name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new PipelineFormatException(IoReasons.describe(file.toString(), e), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PipelineFormatException(name + ": not a text file (invalid UTF-8); pipeline files are JSON");
        }
        return read(new StringReader(text), file.toString());
    }

    /**
     * @param in the text of a pipeline file
     * @param name the name to use in messages
     * @since 0.1
     */
    public static Pipeline read(Reader in, String name) throws PipelineFormatException {
        return new PipelineCodec().read(in, name);
    }

    /**
     * @return the pipeline's text in the current format
     * @since 0.1
     */
    public static String toText(Pipeline p) {
        return new PipelineCodec().write(p);
    }

    /**
     * Saves atomically: a temporary file beside the target, forced to disk, renamed over it.
     *
     * @throws IOException when the file cannot be written; an existing file is then unchanged
     * @since 0.1
     */
    public static void write(Pipeline p, Path file) throws IOException {
        AtomicFiles.write(file, toText(p).getBytes(StandardCharsets.UTF_8));
    }
}
