package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The hidden folders ldnwb makes beside a results folder {@code PARENT/NAME}: {@code .NAME.ldnwb-staging-XXXX} and
 * {@code .NAME.ldnwb-old-XXXX}, with a random suffix of lower-case letters and digits. Only names of exactly that
 * form are ever taken for ldnwb's own (and deleted or renamed back by the next run).
 *
 * @param parent the folder holding the results folder
 * @param name the results folder's name
 */
record HiddenSiblings(Path parent, String name) {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longest random suffix: a positive long in base 36. */
    private static final int MAX_SUFFIX = 13;

    /**
     * @param infix {@link ResultsDirectory#STAGING_INFIX} or {@link ResultsDirectory#OLD_INFIX}
     * @return the real folders (not symbolic links) of that kind, sorted: only this place's and only ldnwb's
     */
    List<Path> ours(String infix) throws IOException {
        String prefix = "." + name + infix;
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent,
                p -> isOurSuffix(p.getFileName().toString(), prefix))) {
            for (Path p : s) {
                var a = FileTrees.attributes(p);
                if (a != null && a.isDirectory() && !a.isSymbolicLink()) {
                    found.add(p);
                }
            }
        }
        Collections.sort(found);
        return found;
    }

    /** @return a name of that kind that nothing has yet */
    Path fresh(String infix) throws IOException {
        Path p;
        do {
            p = parent.resolve("." + name + infix + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36));
        } while (FileTrees.attributes(p) != null);
        return p;
    }

    private static boolean isOurSuffix(String fileName, String prefix) {
        if (!fileName.startsWith(prefix) || fileName.length() == prefix.length()
                || fileName.length() > prefix.length() + MAX_SUFFIX) {
            return false;
        }
        for (int i = prefix.length(); i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }
}
