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
 * to replace only when it has no strangers: either it carries the marker and holds only listed files, or it has no
 * marker (results of versions before the marker) and every entry fits the layout those versions wrote.
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
    /** Result files at the top of a results folder written by versions before the marker. */
    private static final Set<String> LEGACY_TOP_FILES = Set.of("timeseries.csv", "summary.json", "pipeline.ldnpipe",
            "scan.csv");
    /** The prefix of the staging folders that versions before the marker made inside the results folder. */
    private static final String LEGACY_STAGING_PREFIX = ".ldnwb-staging-";

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
            legacyLayoutOnly(folder, "", 0, strangers);
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
     * The layout of results folders before the marker: {@code timeseries.csv}, {@code summary.json},
     * {@code pipeline.ldnpipe}, {@code scan.csv}, {@code plots/*.png}, {@code SCENARIO/timeseries.csv}, and the
     * staging folders {@code .ldnwb-staging-*} those versions left inside after a kill (holding the same files
     * and the {@code .pipeline.ldnpipe.*.tmp} of an interrupted save).
     */
    private static void legacyLayoutOnly(Path folder, String prefix, int depth, List<String> strangers)
            throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path e : entries) {
                String name = e.getFileName().toString();
                String rel = prefix + name;
                BasicFileAttributes a = Files.readAttributes(e, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                boolean ours;
                if (a.isRegularFile()) {
                    ours = LEGACY_TOP_FILES.contains(name)
                            || depth == 1 && name.startsWith(".pipeline.ldnpipe.") && name.endsWith(".tmp");
                } else if (!a.isDirectory()) {
                    ours = false;
                } else if (name.equals("plots")) {
                    ours = true;
                    filesNamed(e, rel + "/", n -> n.endsWith(".png"), strangers);
                } else if (depth == 0 && name.startsWith(LEGACY_STAGING_PREFIX)) {
                    ours = true;
                    legacyLayoutOnly(e, rel + "/", depth + 1, strangers);
                } else if (!name.startsWith(".")) {
                    ours = true;
                    filesNamed(e, rel + "/", n -> n.equals("timeseries.csv"), strangers);
                } else {
                    ours = false;
                }
                if (!ours) {
                    strangers.add(rel);
                }
                if (strangers.size() > SHOWN_STRANGERS) {
                    return;
                }
            }
        }
    }

    /** Adds every entry of {@code dir} that is not a regular file with a fitting name to the strangers. */
    private static void filesNamed(Path dir, String prefix, java.util.function.Predicate<String> name,
            List<String> strangers) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path e : entries) {
                String n = e.getFileName().toString();
                if (!(Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS) && name.test(n))) {
                    strangers.add(prefix + n);
                    if (strangers.size() > SHOWN_STRANGERS) {
                        return;
                    }
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
