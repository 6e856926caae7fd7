package org.ldnworkbench.cli.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The marker file {@value #FILE_NAME} of a results folder: it says that ldnwb made the folder and lists every file
 * ldnwb wrote into it (paths relative to the folder, {@code /} as separator, sorted). ldnwb replaces a folder only
 * when the folder holds nothing but listed files, so that nothing a user put there is ever lost.
 * <p>
 * Written last into the staging folder and forced to disk with it: a staging folder that holds the marker is
 * complete.
 */
record ResultsManifest(List<String> files) {
    /** The marker's file name inside a results folder. */
    static final String FILE_NAME = ".ldnwb-results";
    /** The first line: the marker's format. */
    static final String FORMAT = "ldnwb-results/1";
    /** Largest marker file read (bytes); a real one lists a few dozen files. */
    static final int MAX_BYTES = 1 << 20;

    ResultsManifest {
        files = List.copyOf(files);
    }

    /** @return the marker's text: the format line, one comment line, then one file per line */
    String toText() {
        StringBuilder sb = new StringBuilder(FORMAT).append('\n');
        sb.append("# written by LDN Workbench (ldnwb): the files below were written by ldnwb; ldnwb replaces this "
                + "folder only when it holds nothing else\n");
        for (String f : files) {
            sb.append(f).append('\n');
        }
        return sb.toString();
    }

    byte[] toBytes() {
        return toText().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param text a marker file's text
     * @return the manifest, or null when the text is not a marker of this format (then the folder is not taken as
     *         ldnwb's)
     */
    static ResultsManifest parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].equals(FORMAT)) {
            return null;
        }
        List<String> files = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i];
            if (!l.isEmpty() && !l.startsWith("#")) {
                files.add(l);
            }
        }
        return new ResultsManifest(files);
    }
}
