package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** The two file-tree operations of the results folder that must never follow a symbolic link. */
final class FileTrees {
    private FileTrees() {
    }

    /** Deletes a folder and everything in it through {@link FileOperations}, never following a symbolic link. */
    static void delete(FileOperations ops, Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                ops.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                ops.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** @return the attributes of {@code p} itself (a symbolic link is not followed), or null when nothing is there */
    static BasicFileAttributes attributes(Path p) throws IOException {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
