package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Places that no results folder may be: ldnwb replaces its results folder as a whole, so {@code --out /},
 * {@code --out ~}, {@code --out .} or {@code --out ..} would put a user's own files at stake. The contents check of
 * {@link FolderInspection} refuses such folders as well; this refuses them by place, before anything is read, and
 * also through symbolic links ({@code --out results/link-to-home}).
 */
final class OutputPlaces {
    private OutputPlaces() {
    }

    /**
     * @param folder an absolute, normalized folder
     * @return what forbidden place it is ({@code the root folder}, {@code your home folder}, {@code the current
     *         folder}, {@code a parent of the current folder}), or null when it may hold results
     */
    static String specialPlace(Path folder) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("user.home", "/")).toAbsolutePath().normalize();
        List<Path> cwds = List.of(cwd, real(cwd));
        List<Path> homes = List.of(home, real(home));
        for (Path f : List.of(folder, real(folder))) {
            if (f.getParent() == null) {
                return "the root folder";
            }
            if (homes.contains(f)) {
                return "your home folder";
            }
            if (cwds.contains(f)) {
                return "the current folder";
            }
            for (Path c : cwds) {
                if (c.startsWith(f)) {
                    return "a parent of the current folder";
                }
            }
        }
        return null;
    }

    /**
     * @param folder an absolute, normalized folder
     * @return the nearest folder above {@code folder} (lexically or after resolving symbolic links) that carries
     *         ldnwb's marker, i.e. another run's results folder that {@code folder} lies inside, or null
     */
    static Path markedAncestor(Path folder) {
        for (Path f : List.of(folder, real(folder))) {
            for (Path a = f.getParent(); a != null; a = a.getParent()) {
                if (Files.exists(a.resolve(ResultsManifest.FILE_NAME), LinkOption.NOFOLLOW_LINKS)) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * @param folder an absolute, normalized folder
     * @param file an absolute, normalized file
     * @return whether {@code file} lies inside {@code folder}, lexically or after resolving symbolic links
     */
    static boolean holds(Path folder, Path file) {
        for (Path f : List.of(folder, real(folder))) {
            for (Path x : List.of(file, real(file))) {
                if (x.startsWith(f) && !x.equals(f)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @return the path with symbolic links resolved as far as it exists (the missing rest appended), or the path
     *         itself when it cannot be resolved
     */
    static Path real(Path p) {
        List<Path> rest = new ArrayList<>();
        Path existing = p;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            rest.add(0, existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            Path r = existing.toRealPath();
            for (Path name : rest) {
                r = r.resolve(name);
            }
            return r.normalize();
        } catch (IOException e) {
            return p;
        }
    }
}
