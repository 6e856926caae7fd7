package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ldnworkbench.core.pipeline.Names;

/**
 * What an existing folder at a results place holds, judged before ldnwb replaces it: whether it carries ldnwb's
 * marker ({@link ResultsManifest}) and which entries in it ldnwb did not write ("strangers"). A folder is ldnwb's
 * to replace only when it has no strangers: it carries the marker and holds only listed files, or it is empty. A
 * folder without the marker that holds anything is never replaced, even when its files are named like results
 * (a user's own {@code summary.json} or {@code pipeline.ldnpipe} would be lost).
 * <p>
 * Stops at the {@value #SHOWN_STRANGERS}+1-th stranger and never descends into a stranger, so that a mistaken
 * {@code --out ~} costs a few directory reads, not a walk of the home folder. Symbolic links are never followed
 * and are always strangers.
 *
 * @param marked the folder carries a readable marker of the known format
 * @param strangers up to {@value #SHOWN_STRANGERS}+1 entries ldnwb did not write, relative to the folder
 */
record FolderInspection(boolean marked, List<String> strangers) {
    /** How many strangers a message names. */
    static final int SHOWN_STRANGERS = 3;
    /** Deepest level a results folder has ({@code SCENARIO/timeseries.csv}, {@code plots/x.png}) with margin. */
    private static final int MAX_DEPTH = 8;

    FolderInspection {
        strangers = List.copyOf(strangers);
    }

    /** @return whether ldnwb may replace the folder: nothing in it was made by anyone else */
    boolean isOurs() {
        return strangers.isEmpty();
    }

    /** @return the strangers for a message: {@code 'a', 'b', 'c' and more} */
    String strangerList() {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(SHOWN_STRANGERS, strangers.size()); i++) {
            shown.add(Names.quote(strangers.get(i)));
        }
        return String.join(", ", shown) + (strangers.size() > SHOWN_STRANGERS ? " and more" : "");
    }

    /**
     * @param folder an existing folder (not a symbolic link)
     * @return what it holds
     * @throws IOException when the folder cannot be read
     */
    static FolderInspection of(Path folder) throws IOException {
        ResultsManifest manifest = readMarker(folder.resolve(ResultsManifest.FILE_NAME));
        List<String> strangers = new ArrayList<>();
        if (manifest != null) {
            listedOnly(folder, new HashSet<>(manifest.files()), strangers);
        } else {
            everyEntry(folder, strangers);
        }
        return new FolderInspection(manifest != null, strangers);
    }

    /** @return the marker, or null when there is none or it is not a regular file of the known format */
    private static ResultsManifest readMarker(Path marker) throws IOException {
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(marker, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(ResultsManifest.MAX_BYTES + 1);
            if (bytes.length > ResultsManifest.MAX_BYTES) {
                return null;
            }
            return ResultsManifest.parse(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static void listedOnly(Path folder, Set<String> listed, List<String> strangers) throws IOException {
        Files.walkFileTree(folder, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String rel = relative(folder, file);
                        boolean ours = attrs.isRegularFile()
                                && (listed.contains(rel) || rel.equals(ResultsManifest.FILE_NAME));
                        return ours ? FileVisitResult.CONTINUE : stranger(rel, strangers);
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return stranger(relative(folder, file), strangers);
                    }
                });
    }

    /**
     * A folder without the marker is never ldnwb's to replace, whatever its files are called: a user's own
     * {@code summary.json} or {@code pipeline.ldnpipe} looks like results of the versions before the marker. Every
     * entry is a stranger (only an empty folder may be replaced).
     */
    private static void everyEntry(Path folder, List<String> strangers) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path e : entries) {
                strangers.add(e.getFileName().toString());
                if (strangers.size() > SHOWN_STRANGERS) {
                    return;
                }
            }
        }
    }

    private static FileVisitResult stranger(String rel, List<String> strangers) {
        strangers.add(rel);
        return strangers.size() > SHOWN_STRANGERS ? FileVisitResult.TERMINATE : FileVisitResult.SKIP_SUBTREE;
    }

    private static String relative(Path folder, Path p) {
        return folder.relativize(p).toString().replace(java.io.File.separatorChar, '/');
    }
}
