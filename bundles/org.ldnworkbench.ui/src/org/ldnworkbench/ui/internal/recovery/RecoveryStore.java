package org.ldnworkbench.ui.internal.recovery;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.ui.internal.editor.Messages;

/**
 * The unsaved editors' texts on disk, one {@link Snapshot} per file, in a folder of the ui bundle's state location.
 * A snapshot is named by the SHA-256 of its file's URI ({@code 64 hex digits}{@value #SUFFIX}), never by the path
 * itself, so that any path (slashes, spaces, {@code ..}, a name longer than the file system allows) makes a safe,
 * fixed-length file name; the URI is stored inside. Each snapshot is written atomically, so a crash while writing
 * leaves the previous snapshot whole.
 * <p>
 * File layout: the line {@value #HEADER}, the origin URI, the time taken in epoch milliseconds, then the text.
 * No SWT here: the store is tested without a display.
 */
public final class RecoveryStore {
    /** The first line of every snapshot file: its format. */
    public static final String HEADER = "ldn-recovery/1";
    /** The ending of snapshot file names. */
    public static final String SUFFIX = ".snapshot";
    private final Path folder;

    /** @param folder where snapshots are kept; created on the first save */
    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    /** @return where snapshots are kept */
    public Path folder() {
        return folder;
    }

    /**
     * Writes (or replaces) the snapshot of a file.
     *
     * @param origin the file the text belongs to
     * @param text the editor's unsaved text
     * @throws IOException naming the snapshot file and the reason
     */
    public void save(URI origin, String text) throws IOException {
        String content = HEADER + "\n" + origin + "\n" + Instant.now().toEpochMilli() + "\n" + text;
        AtomicText.write(fileOf(origin), content);
    }

    /**
     * @param origin a file
     * @return its snapshot, if one is kept and readable
     */
    public Optional<Snapshot> read(URI origin) {
        Path file = fileOf(origin);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(file)).filter(s -> s.origin().equals(origin));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * @return every readable snapshot, oldest first
     * @throws IOException when the folder cannot be listed (a missing folder holds none)
     */
    public List<Snapshot> list() throws IOException {
        List<Snapshot> all = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return all;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                try {
                    all.add(parse(file));
                } catch (IOException e) {
                    // not a snapshot of this version (or cut short by a disk error): left where it is, unread
                }
            }
        }
        all.sort((a, b) -> a.taken().compareTo(b.taken()));
        return all;
    }

    /**
     * Forgets the snapshot of a file (saved, reverted, or closed without saving).
     *
     * @param origin the file
     * @throws IOException naming the snapshot file and the reason
     */
    public void remove(URI origin) throws IOException {
        Path file = fileOf(origin);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new IOException(NLS.bind(Messages.Recovery_deleteFailed, file, e.getMessage()), e);
        }
    }

    /**
     * @param origin a file
     * @return the snapshot file of it: a hash, never a path
     */
    public Path fileOf(URI origin) {
        return folder.resolve(key(origin) + SUFFIX);
    }

    /**
     * @param origin a file
     * @return the hex SHA-256 of its URI
     */
    public static String key(URI origin) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(origin.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static Snapshot parse(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int first = content.indexOf('\n');
        int second = first < 0 ? -1 : content.indexOf('\n', first + 1);
        int third = second < 0 ? -1 : content.indexOf('\n', second + 1);
        if (third < 0 || !HEADER.equals(content.substring(0, first))) {
            throw new IOException(file + " is not a recovery snapshot (" + HEADER + ")");
        }
        try {
            URI origin = new URI(content.substring(first + 1, second));
            Instant taken = Instant.ofEpochMilli(Long.parseLong(content.substring(second + 1, third)));
            return new Snapshot(origin, taken, content.substring(third + 1));
        } catch (java.net.URISyntaxException | NumberFormatException e) {
            throw new IOException(file + ": damaged recovery snapshot header: " + e.getMessage(), e);
        }
    }
}
