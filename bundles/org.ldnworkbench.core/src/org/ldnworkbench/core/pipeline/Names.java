package org.ldnworkbench.core.pipeline;

import java.util.Locale;
import java.util.Set;

/**
 * The rules for names that come from files and may become part of a file name (node ids, scenario ids, port,
 * state and metric names), and the safe way to show any text from a file in a message.
 * <p>
 * An identifier starts with a letter or {@code _}, continues with letters, digits, {@code _} and {@code -}, is at
 * most {@value #MAX_ID_LENGTH} characters long and is not a name that some file system reserves ({@code CON},
 * {@code NUL}, {@code COM1}... in any case). Such a name can never climb out of a folder ({@code ..}, {@code /}),
 * be absolute, hide a file ({@code .x}) or look like a command-line option ({@code -x}).
 * <p>
 * A scenario id follows the same rule and is not {@code plots} in any case: results keep one folder per scenario
 * beside their {@code plots/} folder.
 * <p>
 * Symbols (mechanism ids, preset ids, parameter, table and port names) are chosen by mechanism authors, not by the
 * pipeline's user, so they are not held to the identifier rule; they only have to be showable: not blank, at most
 * {@value #MAX_SYMBOL_LENGTH} characters, no control characters. A wrong symbol is then reported by the compiler
 * as unknown, quoting it safely.
 * <p>
 * {@link #quote(String)} shows text from a file in a message: control characters, escape sequences and
 * direction overrides are escaped, and a long text is cut to {@value #QUOTE_LIMIT} characters with its length.
 * <p>
 * Every check here is linear in the text and most stop at the length limit first, so a megabyte-long name is
 * refused as fast as a short one.
 *
 * @since 0.1
 */
public final class Names {
    /**
     * Longest identifier accepted.
     *
     * @since 0.1
     */
    public static final int MAX_ID_LENGTH = 64;

    /**
     * Longest display name (pipeline and scenario names) accepted.
     *
     * @since 0.1
     */
    public static final int MAX_NAME_LENGTH = 200;

    /**
     * Longest symbol (mechanism id, preset id, parameter, table or port name) accepted.
     *
     * @since 0.1
     */
    public static final int MAX_SYMBOL_LENGTH = 64;

    /**
     * Longest pipeline description accepted.
     *
     * @since 0.1
     */
    public static final int MAX_DESCRIPTION_LENGTH = 10_000;

    /**
     * Most characters of a file's text shown in one message.
     *
     * @since 0.1
     */
    public static final int QUOTE_LIMIT = 80;

    /** Scenario ids that would collide with other entries of a results folder (compared ignoring case). */
    private static final Set<String> RESERVED_SCENARIO_IDS = Set.of("plots");

    /** Names reserved by Windows in any case and with any extension; refused everywhere for portable results. */
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");

    private Names() {
    }

    /**
     * @param id a candidate identifier
     * @return null when {@code id} is a valid identifier, otherwise why not (without repeating the id)
     * @since 0.1
     */
    public static String idProblem(String id) {
        if (id == null || id.isEmpty()) {
            return "must not be empty";
        }
        if (id.length() > MAX_ID_LENGTH) {
            return "is " + id.length() + " characters long; the limit is " + MAX_ID_LENGTH;
        }
        char first = id.charAt(0);
        if (!(isAsciiLetter(first) || first == '_')) {
            return "must start with a letter (A-Z, a-z) or '_'";
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return "may contain only letters (A-Z, a-z), digits, '_' and '-', not " + describe(c)
                        + " at position " + (i + 1);
            }
        }
        if (RESERVED.contains(id.toLowerCase(Locale.ROOT))) {
            return "is a name that file systems reserve (CON, PRN, AUX, NUL, COM1-9, LPT1-9)";
        }
        return null;
    }

    /**
     * @return whether {@code id} is a valid identifier
     * @since 0.1
     */
    public static boolean isId(String id) {
        return idProblem(id) == null;
    }

    /**
     * @param id a candidate scenario id
     * @return null when it is a valid identifier that no results folder reserves, otherwise why not
     * @since 0.1
     */
    public static String scenarioIdProblem(String id) {
        String problem = idProblem(id);
        if (problem == null && RESERVED_SCENARIO_IDS.contains(id.toLowerCase(Locale.ROOT))) {
            return "is reserved: the results of a run keep their plots in a folder of that name";
        }
        return problem;
    }

    /**
     * @param name a display name (of a pipeline or scenario)
     * @return null when it is acceptable (at most {@value #MAX_NAME_LENGTH} characters, no control characters),
     *         otherwise why not
     * @since 0.1
     */
    public static String nameProblem(String name) {
        if (name == null) {
            return "is missing";
        }
        return showableProblem(name, MAX_NAME_LENGTH, false);
    }

    /**
     * @param symbol a mechanism id, preset id, parameter, table or port name
     * @return null when it can be shown and looked up (not empty, at most {@value #MAX_SYMBOL_LENGTH} characters, no
     *         control characters), otherwise why not
     * @since 0.1
     */
    public static String symbolProblem(String symbol) {
        if (symbol == null || symbol.isEmpty()) {
            return "must not be empty";
        }
        String problem = showableProblem(symbol, MAX_SYMBOL_LENGTH, false);
        return problem == null && symbol.isBlank() ? "must not be blank" : problem;
    }

    /**
     * @param description a pipeline's description
     * @return null when it is at most {@value #MAX_DESCRIPTION_LENGTH} characters without control characters other
     *         than line breaks and tabs, otherwise why not
     * @since 0.1
     */
    public static String descriptionProblem(String description) {
        return showableProblem(description, MAX_DESCRIPTION_LENGTH, true);
    }

    /** The length is checked first, so that the scan for control characters never runs over a huge text. */
    private static String showableProblem(String text, int limit, boolean linesAllowed) {
        if (text.length() > limit) {
            return "is " + text.length() + " characters long; the limit is " + limit;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c) && !(linesAllowed && (c == '\n' || c == '\r' || c == '\t'))) {
                return "contains the " + (Character.getType(c) == Character.CONTROL ? "control" : "invisible")
                        + " character " + describe(c) + " at position " + (i + 1);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = text.codePointAt(i);
                if (isUnsafe(cp)) {
                    return "contains the invisible character " + String.format(Locale.ROOT, "U+%04X", cp)
                            + " at position " + (i + 1);
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains the unpaired surrogate " + describe(c) + " at position " + (i + 1)
                        + ", which no file can hold";
            }
        }
        return null;
    }

    /**
     * Shows a text from a file in a message: in single quotes, control characters and direction overrides escaped
     * ({@code \n}, {@code \t}, {@code \u001b}), cut when the shown text reaches {@value #QUOTE_LIMIT} characters
     * (escapes included) with the full length added. Linear in the shown part; never reads more of the text than it
     * shows, so a quote is at most about 120 characters whatever the text.
     *
     * @param text any text, may be null
     * @return the quoted text
     * @since 0.1
     */
    public static String quote(String text) {
        return quote(text, QUOTE_LIMIT);
    }

    /**
     * {@link #quote(String)} with another limit, for messages that list several texts.
     *
     * @param text any text, may be null
     * @param limit most characters shown between the quotes (escapes included), at least 6
     * @return the quoted text
     * @since 0.1
     */
    public static String quote(String text, int limit) {
        if (text == null) {
            return "(none)";
        }
        int max = Math.max(6, limit);
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max) + 32).append('\'');
        int i = 0;
        while (i < text.length() && sb.length() - 1 < max) {
            i = appendShown(sb, text, i);
        }
        if (i < text.length()) {
            sb.append("...' (").append(text.length()).append(" characters)");
        } else {
            sb.append('\'');
        }
        return sb.toString();
    }

    /**
     * Escapes control characters and direction overrides of a whole text (for names that passed
     * {@link #nameProblem(String)} this changes nothing).
     *
     * @since 0.1
     */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            i = appendShown(sb, text, i);
        }
        return sb.toString();
    }

    /**
     * Appends the character at {@code i} as shown in messages: a surrogate pair whole (never cut in half), a lone
     * surrogate or an unsafe character escaped.
     *
     * @return the index after it
     */
    private static int appendShown(StringBuilder sb, String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            if (isUnsafe(text.codePointAt(i))) {
                sb.append(String.format(Locale.ROOT, "\\u%04x\\u%04x", (int) c, (int) text.charAt(i + 1)));
            } else {
                sb.append(c).append(text.charAt(i + 1));
            }
            return i + 2;
        }
        if (!isUnsafe(c) && !Character.isSurrogate(c)) {
            sb.append(c);
        } else if (c == '\n') {
            sb.append("\\n");
        } else if (c == '\r') {
            sb.append("\\r");
        } else if (c == '\t') {
            sb.append("\\t");
        } else {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
        return i + 1;
    }

    /**
     * Characters that show as nothing or make a terminal or an editor show something else than the text holds:
     * control characters (C0, DEL, C1), line and paragraph separators, every format character (Unicode category
     * Cf: direction overrides and isolates, zero-width spaces and joiners, the soft hyphen, word joiners, tags) and
     * the blank fillers of Hangul and Mongolian.
     */
    private static boolean isUnsafe(int cp) {
        switch (Character.getType(cp)) {
        case Character.CONTROL:
        case Character.FORMAT:
        case Character.LINE_SEPARATOR:
        case Character.PARAGRAPH_SEPARATOR:
            return true;
        default:
            return cp == 0x115f || cp == 0x1160 || cp == 0x3164 || cp == 0xffa0 || cp == 0x180e;
        }
    }

    private static String describe(char c) {
        if (c >= 0x20 && c < 0x7f) {
            return "'" + c + "'";
        }
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
