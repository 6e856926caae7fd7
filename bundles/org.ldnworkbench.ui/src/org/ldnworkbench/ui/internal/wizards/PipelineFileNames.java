package org.ldnworkbench.ui.internal.wizards;

import java.util.Locale;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.pipeline.PipelineFiles;

/**
 * The file-name rules of the New Pipeline wizard, apart from the workspace's own (which the page asks as well): a
 * name that ends in {@code .ldnpipe} (appended when the user types another ending or none), that names one file
 * (no folder separators), that is portable across Linux, Windows and macOS (no characters or device names those
 * refuse), and that no file in the folder has yet, ignoring case (two pipelines that differ in case only would
 * overwrite each other on Windows or macOS).
 */
public final class PipelineFileNames {
    /** The extension with its dot. */
    public static final String SUFFIX = "." + PipelineFiles.EXTENSION;
    private static final int MAX_LENGTH = 255;
    private static final String NOT_PORTABLE = "<>:\"|?*";
    /** Device names Windows reserves whatever the extension ({@code CON.ldnpipe} cannot be created there). */
    private static final java.util.regex.Pattern WINDOWS_DEVICE = java.util.regex.Pattern
            .compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9]) *");

    private PipelineFileNames() {
    }

    /**
     * @param typed what the user typed
     * @return the file name: {@code typed} stripped, with {@code .ldnpipe} appended unless it ends with it
     */
    public static String withExtension(String typed) {
        String name = typed.strip();
        return name.isEmpty() || name.toLowerCase(Locale.ROOT).endsWith(SUFFIX) ? name : name + SUFFIX;
    }

    /**
     * @param fileName the file name, as {@link #withExtension} gives it
     * @param exists whether the folder already has a file or folder of that name, ignoring case
     * @return null when a new pipeline may be created under that name, otherwise why not
     */
    public static String problem(String fileName, Predicate<String> exists) {
        if (fileName.isEmpty()) {
            return Messages.nameEmpty;
        }
        if (fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0) {
            return NLS.bind(Messages.nameSeparator, fileName);
        }
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(SUFFIX)) {
            return NLS.bind(Messages.nameExtension, fileName, SUFFIX);
        }
        if (fileName.length() == SUFFIX.length() || fileName.startsWith(".")) {
            return NLS.bind(Messages.nameNoBase, fileName);
        }
        if (fileName.length() > MAX_LENGTH) {
            return NLS.bind(Messages.nameTooLong, fileName.length(), MAX_LENGTH);
        }
        for (char c : fileName.toCharArray()) {
            if (c < ' ' || NOT_PORTABLE.indexOf(c) >= 0) {
                return NLS.bind(Messages.nameCharacter, fileName, c < ' ' ? "\\u" + String.format("%04x", (int) c)
                        : String.valueOf(c));
            }
        }
        String base = fileName.substring(0, fileName.indexOf('.'));
        if (WINDOWS_DEVICE.matcher(base).matches()) {
            return NLS.bind(Messages.nameReserved, fileName, base.strip());
        }
        if (exists.test(fileName)) {
            return NLS.bind(Messages.nameExists, fileName);
        }
        return null;
    }

    /**
     * @param base a name without extension, e.g. {@code pipeline}
     * @param exists whether a name is taken, ignoring case
     * @return {@code base.ldnpipe}, or {@code base2.ldnpipe}, {@code base3.ldnpipe}... the first one free
     */
    public static String firstFree(String base, Predicate<String> exists) {
        String name = base + SUFFIX;
        for (int i = 2; exists.test(name); i++) {
            name = base + i + SUFFIX;
        }
        return name;
    }
}
