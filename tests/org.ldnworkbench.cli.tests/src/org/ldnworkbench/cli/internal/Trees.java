package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Folder contents as name-to-bytes maps, for byte-exact comparisons of results folders. */
final class Trees {
    private Trees() {
    }

    /** @return every regular file under {@code dir} by relative name ({@code /}-separated) with its bytes */
    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    m.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
        return m;
    }

    static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (String k : a.keySet()) {
            if (!Arrays.equals(a.get(k), b.get(k))) {
                return false;
            }
        }
        return true;
    }

    static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        if (!same(expected, actual)) {
            fail(what + ": expected files " + expected.keySet() + ", found " + actual.keySet()
                    + " (or different bytes)");
        }
    }

    /** @return the names in {@code dir}, sorted */
    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    static void assertNames(Path dir, String... expected) throws IOException {
        assertEquals(List.of(expected), names(dir), "entries of " + dir);
    }
}
