package org.ldnworkbench.core.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import org.ldnworkbench.core.pipeline.Names;

/**
 * Turns an {@link IOException} into "path: reason". Needed because the messages of {@code java.nio.file} exceptions
 * are often only the path ({@link NoSuchFileException#getMessage()} is the file name), or the path and the reason
 * glued together, so that a message built from {@code getMessage()} either has no reason or names the path twice.
 * Plugins that read or write files use it so that their messages read like the workbench's own.
 *
 * @since 0.1
 * @noinstantiate This class is not intended to be instantiated by clients.
 */
public final class IoReasons {
    private IoReasons() {
    }

    /**
     * @param path the path as shown to the user
     * @param e what went wrong reading it
     * @return {@code "path: no such file"} or {@code "path: cannot read: reason"}, one line
     * @since 0.1
     */
    public static String describe(String path, IOException e) {
        String shown = Names.escape(path);
        if (e instanceof NoSuchFileException) {
            return shown + ": no such file";
        }
        return shown + ": cannot read: " + reason(e);
    }

    /**
     * @param e what went wrong
     * @return why the operation failed, without the path, in words of one line (control characters escaped)
     * @since 0.1
     */
    public static String reason(IOException e) {
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
            return reason != null ? oneLine(reason) : words(e);
        }
        return e.getMessage() != null && !e.getMessage().isBlank() ? oneLine(e.getMessage()) : words(e);
    }

    /** The exception's kind, for exceptions that carry no message. */
    private static String words(IOException e) {
        return e.getClass() == IOException.class || e.getClass() == FileSystemException.class ? "input/output error"
                : e.getClass().getSimpleName();
    }

    private static String oneLine(String text) {
        return Names.escape(text.strip());
    }
}
