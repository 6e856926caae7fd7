package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.ldnworkbench.core.pipeline.IoReasons;
import org.ldnworkbench.core.pipeline.Names;

/**
 * The names a run writes its results under, checked before anything is written: a name stays inside the staging
 * folder, passes no symbolic link and is not ldnwb's marker; the folders on its way are created. Messages name the
 * final path the user knows, never the staging one.
 *
 * @param staging the staging folder
 * @param shown the results folder as the user named it
 * @param ops the file operations (tests make them fail)
 */
record StagedNames(Path staging, Path shown, FileOperations ops) {
    /** @return {@code cannot write FINAL/relative (context)}, the start of every message about one result */
    String cannotWrite(String relative, String context) {
        return "cannot write " + ResultsDirectory.show(shown.resolve(relative)) + (context.isEmpty() ? "" : " (" + context + ")");
    }

    /**
     * The second wall against names that climb out (the pipeline reader refuses bad scenario ids first): the
     * normalized path must lie inside the staging folder and no folder on the way may be a symbolic link; missing
     * folders are created.
     */
    Path resolve(String relative, String context) throws IOException {
        if (relative == null || relative.isEmpty()) {
            throw new ResultsException("cannot write a result without a name into " + ResultsDirectory.show(shown));
        }
        for (int i = 0; i < relative.length(); i++) {
            if (relative.charAt(i) < 0x20 || relative.charAt(i) == 0x7f) {
                throw new ResultsException("cannot write " + Names.quote(relative) + " into " + ResultsDirectory.show(shown)
                        + ": a result's name may not contain control characters");
            }
        }
        Path p;
        try {
            p = staging.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            throw new ResultsException(cannotWrite(relative, context) + ": not a valid file name ("
                    + e.getReason() + ")");
        }
        if (!p.startsWith(staging) || p.equals(staging) || p.getParent() == null) {
            throw new ResultsException(cannotWrite(relative, context) + ": the name leaves the results folder");
        }
        if (staging.relativize(p).toString().equals(ResultsManifest.FILE_NAME)) {
            throw new ResultsException(cannotWrite(relative, context) + ": the name is reserved for ldnwb's marker");
        }
        Path dir = staging;
        for (Path part : staging.relativize(p.getParent())) {
            if (part.toString().isEmpty()) {
                continue;
            }
            dir = dir.resolve(part);
            BasicFileAttributes a = FileTrees.attributes(dir);
            if (a == null) {
                try {
                    ops.createDirectory(dir);
                } catch (IOException e) {
                    throw new ResultsException(cannotWrite(relative, context) + ": cannot create the folder "
                            + ResultsDirectory.show(shown.resolve(staging.relativize(dir))) + ": " + IoReasons.reason(e), e);
                }
            } else if (a.isSymbolicLink() || !a.isDirectory()) {
                throw new ResultsException(cannotWrite(relative, context) + ": "
                        + ResultsDirectory.show(shown.resolve(staging.relativize(dir))) + " in the staging folder "
                        + ResultsDirectory.show(staging) + " is " + (a.isSymbolicLink() ? "a symbolic link" : "not a folder"));
            }
        }
        BasicFileAttributes a = FileTrees.attributes(p);
        if (a != null && !a.isRegularFile()) {
            throw new ResultsException(cannotWrite(relative, context) + ": " + ResultsDirectory.show(p) + " is "
                    + (a.isSymbolicLink() ? "a symbolic link" : "not a regular file"));
        }
        return p;
    }

}
