package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import org.ldnworkbench.core.pipeline.Names;

/**
 * Why a file operation on the results folder failed, in words of one line without the path (the messages name the
 * path themselves). The messages of {@code java.nio.file} exceptions are often only the path
 * ({@link NoSuchFileException#getMessage()} is the file name) or the path and the reason glued together.
 * <p>
 * The engine's reader has the same rule for the files it reads, in an internal package that the command line does not
 * import; the words here are the same, so that a message reads alike whichever side wrote it.
 */
final class IoReasons {
    private IoReasons() {
    }

    /** @return why the operation failed, without the path, in words of one line */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        if (e instanceof FileSystemLoopException) {
            return "the symbolic links form a loop";
        }
        if (e instanceof FileSystemException) {
            String reason = ((FileSystemException) e).getReason();
            return reason != null ? oneLine(reason) : kind(e);
        }
        return e.getMessage() != null && !e.getMessage().isBlank() ? oneLine(e.getMessage()) : kind(e);
    }

    /** The exception's kind, for exceptions that carry no message. */
    private static String kind(IOException e) {
        return e.getClass() == IOException.class || e.getClass() == FileSystemException.class ? "input/output error"
                : e.getClass().getSimpleName();
    }

    private static String oneLine(String text) {
        return Names.escape(text.strip());
    }
}
