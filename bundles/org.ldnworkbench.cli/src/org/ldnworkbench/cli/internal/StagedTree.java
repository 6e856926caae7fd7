package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.ldnworkbench.core.pipeline.Names;

/**
 * What a run staged, as {@link ResultsDirectory#commit} needs it: the files to force to disk and list in the marker,
 * and the folders to force after them. Anything else in the staging folder (a planted symbolic link, a pipe) is
 * refused, since the marker would vouch for it.
 *
 * @param names the files' names relative to the staging folder, with {@code /}, sorted
 * @param files the files
 * @param foldersDeepestFirst the folders, the staging folder last
 */
record StagedTree(List<String> names, List<Path> files, List<Path> foldersDeepestFirst) {
    /**
     * @param staging the staging folder
     * @param shown the results folder as the user named it, for messages
     * @throws ResultsException when the staging folder holds something that is not a regular file or folder
     */
    static StagedTree of(Path staging, Path shown) throws IOException {
        List<String> names = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = staging.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                if (attrs.isRegularFile() && !rel.equals(ResultsManifest.FILE_NAME)) {
                    names.add(rel);
                    files.add(file);
                } else {
                    others.add(rel);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                folders.add(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        if (!others.isEmpty()) {
            throw new ResultsException("cannot replace " + ResultsDirectory.show(shown) + ": the staging folder "
                    + ResultsDirectory.show(staging) + " holds " + Names.quote(others.get(0)) + ", which this run did "
                    + "not write as a regular file; the earlier results are unchanged");
        }
        Collections.sort(names);
        return new StagedTree(names, files, folders);
    }
}
