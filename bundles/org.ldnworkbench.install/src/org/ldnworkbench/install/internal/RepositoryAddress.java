package org.ldnworkbench.install.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.pipeline.Names;

/**
 * Where a p2 repository is, as the user typed it and as p2 reads it. Users type what they have: a folder, a zip file
 * of a repository (what a plugin author mails), a {@code file:} URL, or a web address. p2 reads a folder as a
 * {@code file:} URI and a zip only through a {@code jar:file:...!/} URI, which nobody types; local paths are checked
 * here first, so that a typo is reported as "no such folder" and not as p2's "no repository found".
 *
 * @param typed what the user typed, for messages
 * @param uri the location p2 loads
 */
public record RepositoryAddress(String typed, URI uri) {

    /**
     * @param typed a folder or zip (relative to {@code workingDirectory}), a {@code file:}, {@code jar:}, {@code http:}
     *        or {@code https:} address
     * @param workingDirectory what a relative path is relative to
     * @return the address
     * @throws InstallException naming the address and what is wrong with it
     */
    public static RepositoryAddress parse(String typed, Path workingDirectory) throws InstallException {
        if (typed == null || typed.isBlank()) {
            throw new InstallException(Messages.Address_empty);
        }
        String scheme = scheme(typed);
        if (scheme == null) {
            return local(typed, localPath(typed, workingDirectory));
        }
        URI uri = uri(typed);
        switch (scheme) {
            case "http", "https":
                if (uri.getHost() == null || uri.getHost().isEmpty()) {
                    throw new InstallException(NLS.bind(Messages.Address_noHost, Names.quote(typed)));
                }
                return new RepositoryAddress(typed, uri);
            case "file":
                try {
                    return local(typed, Path.of(uri));
                } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                    throw new InstallException(NLS.bind(Messages.Address_malformed, Names.quote(typed),
                            e.getMessage()));
                }
            case "jar":
                return new RepositoryAddress(typed, uri);
            default:
                throw new InstallException(NLS.bind(Messages.Address_scheme, Names.quote(typed), scheme));
        }
    }

    /** @return the URL scheme in lower case, or null when the text is a path (a Windows drive letter is a path) */
    static String scheme(String typed) {
        int colon = typed.indexOf(':');
        if (colon < 2) {
            return null;
        }
        String s = typed.substring(0, colon);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = Character.isLetter(c) || i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.');
            if (!ok || c > 127) {
                return null;
            }
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static URI uri(String typed) throws InstallException {
        try {
            return new URI(typed);
        } catch (URISyntaxException e) {
            throw new InstallException(NLS.bind(Messages.Address_malformed, Names.quote(typed), e.getReason()));
        }
    }

    private static Path localPath(String typed, Path workingDirectory) throws InstallException {
        try {
            return workingDirectory.resolve(typed).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new InstallException(NLS.bind(Messages.Address_malformed, Names.quote(typed), e.getReason()));
        }
    }

    /** A folder is read as it is, a zip or jar file through p2's {@code jar:} form; anything else is refused. */
    private static RepositoryAddress local(String typed, Path path) throws InstallException {
        if (Files.isDirectory(path)) {
            return new RepositoryAddress(typed, path.toUri());
        }
        if (!Files.exists(path)) {
            throw new InstallException(NLS.bind(Messages.Address_missing, Names.quote(typed), path));
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isRegularFile(path) && (name.endsWith(".zip") || name.endsWith(".jar"))) {
            return new RepositoryAddress(typed, URI.create("jar:" + path.toUri() + "!/"));
        }
        throw new InstallException(NLS.bind(Messages.Address_notRepository, Names.quote(typed)));
    }

    /** @return the address for messages: as typed */
    @Override
    public String toString() {
        return Names.quote(typed);
    }
}
