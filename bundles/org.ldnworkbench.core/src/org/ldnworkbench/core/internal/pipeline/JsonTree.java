package org.ldnworkbench.core.internal.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ldnworkbench.core.pipeline.Names;

/**
 * Reads strict JSON (RFC 8259) into plain Java values: {@link LinkedHashMap}, {@link ArrayList}, {@link String},
 * {@link Double}, {@link Boolean} and null.
 * <p>
 * Our own reader rather than a library's, because pipeline files are written by hand and users need to be told what
 * is wrong: every syntax error has a specific reason ("comments are not allowed in JSON", "leading zeros are not
 * allowed...") with its line, column and the JSON path being read ({@code nodes[0].parameters.amount}). It also
 * refuses what lenient readers let through and the rest of the workbench cannot represent: duplicate keys, NaN and
 * Infinity, numbers beyond the range of a double, unpaired surrogates, a byte order mark, a second document.
 * <p>
 * Recursive descent over the whole text held in memory, one pass, no regular expressions: time is linear in the
 * text and the stack is bounded by {@link #MAX_DEPTH}. The text, the number of values and the length of one number
 * are bounded too, so that neither a huge text handed over as a {@link Reader} nor a file made of millions of tiny
 * values can exhaust memory.
 */
public final class JsonTree {
    /** Deepest nesting accepted; pipeline files need 6 (a row of a table of a node). */
    public static final int MAX_DEPTH = 32;
    /** Longest text read, in characters: the size limit of pipeline files ({@code PipelineFiles.MAX_FILE_SIZE}). */
    public static final int MAX_TEXT_LENGTH = 8 * 1024 * 1024;
    /** Most values (objects, arrays, strings, numbers, literals) in one text. */
    public static final int MAX_VALUES = 1_000_000;
    /** Longest number accepted, in characters; a double needs at most 25. */
    public static final int MAX_NUMBER_LENGTH = 1_000;

    /** A syntax error with its reason, its position (1-based) and the JSON path being read (empty at the top). */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final String path;

        SyntaxError(String reason, int line, int column, String path) {
            super(reason);
            this.line = line;
            this.column = column;
            this.path = path;
        }

        public int line() { return line; }
        public int column() { return column; }
        /** @return where in the document the error is, such as {@code nodes[0].id}; empty at the top level */
        public String path() { return path; }
    }

    private static final String COMMENTS = "comments are not allowed in JSON";
    private static final String SINGLE_QUOTES = "single quotes are not allowed in JSON; use double quotes";

    private final char[] text;
    private final int length;
    private final JsonPath path = new JsonPath(MAX_DEPTH + 1);
    private int pos;
    private int values;

    private JsonTree(char[] text, int length) {
        this.text = text;
        this.length = length;
    }

    /**
     * @param in the text; read to its end, but never more than {@link #MAX_TEXT_LENGTH} + 1 characters
     * @return the root value
     * @throws SyntaxError on malformed JSON, duplicate keys, excessive nesting, size or trailing content
     * @throws IOException when {@code in} cannot be read
     */
    public static Object read(Reader in) throws SyntaxError, IOException {
        char[] buf = new char[8192];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (n > MAX_TEXT_LENGTH) {
                    throw new SyntaxError("the text is longer than " + MAX_TEXT_LENGTH
                            + " characters, the limit for pipeline files", 1, 1, "");
                }
                buf = java.util.Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_TEXT_LENGTH + 1));
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return new JsonTree(buf, n).document();
    }

    /** @return the value of a string holding JSON text (for tests and small texts) */
    public static Object read(String json) throws SyntaxError {
        try {
            return read(new java.io.StringReader(json));
        } catch (IOException e) {
            throw new IllegalStateException("a StringReader does not fail", e);
        }
    }

    private Object document() throws SyntaxError {
        if (length > 0 && text[0] == '\uFEFF') {
            throw error(0, "the file starts with a byte order mark (U+FEFF), which JSON does not allow; "
                    + "save it as UTF-8 without BOM");
        }
        skipWhiteSpace();
        if (pos == length) {
            throw error(0, "the file is empty (or holds only white space)");
        }
        Object root = value(0);
        skipWhiteSpace();
        if (pos < length) {
            throw error(pos, afterDocument(text[pos]));
        }
        return root;
    }

    private Object value(int depth) throws SyntaxError {
        if (pos == length) {
            throw error(pos, "the file ends where a value was expected");
        }
        if (++values > MAX_VALUES) {
            throw error(pos, "the file holds more than " + MAX_VALUES + " values, the limit for pipeline files");
        }
        char c = text[pos];
        if (c == '{') {
            return object(depth + 1);
        }
        if (c == '[') {
            return array(depth + 1);
        }
        if (c == '"') {
            return string();
        }
        if (c == '-' || isDigit(c)) {
            return number();
        }
        if (isWordStart(c)) {
            return literal();
        }
        throw error(pos, notAValue(c));
    }

    private Map<String, Object> object(int depth) throws SyntaxError {
        enter(depth);
        path.enterObject();
        Map<String, Object> members = new LinkedHashMap<>();
        pos++;
        skipWhiteSpace();
        if (pos < length && text[pos] == '}') {
            pos++;
            path.leave();
            return members;
        }
        int comma = -1;
        while (true) {
            path.key(null);
            if (pos == length) {
                throw error(pos, "the file ends inside an object (expected a key in double quotes)");
            }
            if (text[pos] != '"') {
                throw error(comma >= 0 && text[pos] == '}' ? comma : pos, notAKey(text[pos], comma >= 0));
            }
            int keyStart = pos;
            String key = string();
            if (members.containsKey(key)) {
                throw error(keyStart, "duplicate key " + Names.quote(key));
            }
            path.key(key);
            skipWhiteSpace();
            if (pos == length || text[pos] != ':') {
                throw error(pos, "expected ':' after the key " + Names.quote(key) + ", found " + found());
            }
            pos++;
            skipWhiteSpace();
            members.put(key, value(depth));
            skipWhiteSpace();
            if (pos < length && text[pos] == ',') {
                comma = pos++;
                skipWhiteSpace();
                continue;
            }
            if (pos < length && text[pos] == '}') {
                pos++;
                path.leave();
                return members;
            }
            throw error(pos, afterMember(true));
        }
    }

    private List<Object> array(int depth) throws SyntaxError {
        enter(depth);
        path.enterArray();
        List<Object> elements = new ArrayList<>();
        pos++;
        skipWhiteSpace();
        if (pos < length && text[pos] == ']') {
            pos++;
            path.leave();
            return elements;
        }
        while (true) {
            path.index(elements.size());
            elements.add(value(depth));
            skipWhiteSpace();
            if (pos < length && text[pos] == ',') {
                int comma = pos++;
                skipWhiteSpace();
                if (pos < length && text[pos] == ']') {
                    throw error(comma, "trailing commas are not allowed in JSON (remove the ',' before ']')");
                }
                continue;
            }
            if (pos < length && text[pos] == ']') {
                pos++;
                path.leave();
                return elements;
            }
            throw error(pos, afterMember(false));
        }
    }

    private void enter(int depth) throws SyntaxError {
        if (depth > MAX_DEPTH) {
            throw error(pos, "nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private String string() throws SyntaxError {
        int start = pos++;
        int run = pos;
        StringBuilder sb = null;
        while (true) {
            if (pos == length) {
                throw error(start, "the file ends inside the string that starts here (a closing '\"' is missing)");
            }
            char c = text[pos];
            if (c == '"') {
                String s = sb == null ? new String(text, run, pos - run) : sb.append(text, run, pos - run).toString();
                pos++;
                checkSurrogates(s, start);
                return s;
            }
            if (c < 0x20) {
                throw error(pos, controlInString(c));
            }
            if (c == '\\') {
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(text, run, pos - run);
                sb.append(escape());
                run = pos;
            } else {
                pos++;
            }
        }
    }

    /** Reads one escape sequence at {@code pos} (the backslash) and returns the character it stands for. */
    private char escape() throws SyntaxError {
        int start = pos++;
        if (pos == length) {
            throw error(start, "the file ends inside an escape sequence of a string");
        }
        char c = text[pos++];
        switch (c) {
        case '"': return '"';
        case '\\': return '\\';
        case '/': return '/';
        case 'b': return '\b';
        case 'f': return '\f';
        case 'n': return '\n';
        case 'r': return '\r';
        case 't': return '\t';
        case 'u':
            int v = 0;
            for (int i = 0; i < 4; i++) {
                int d = pos < length ? hexValue(text[pos]) : -1;
                if (d < 0) {
                    throw error(pos, "\\u in a string must be followed by four hexadecimal digits, found " + found());
                }
                v = v * 16 + d;
                pos++;
            }
            return (char) v;
        default:
            throw error(start, "invalid escape " + (c >= 0x20 && c < 0x7f ? "'\\" + c + "'" : "'\\' before " + show(c))
                    + " in a string (JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)");
        }
    }

    /**
     * A lone half of a surrogate pair is no character: it cannot be encoded as UTF-8, so it could not be saved, and
     * file systems refuse it in names. RFC 8259 leaves its meaning open; we refuse it.
     */
    private void checkSurrogates(String s, int start) throws SyntaxError {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw error(start, "the string holds an unpaired surrogate " + show(c) + "; a character outside the "
                        + "basic plane is written as a pair such as \\ud83d\\ude00");
            }
        }
    }

    private Double number() throws SyntaxError {
        int start = pos;
        if (text[pos] == '-') {
            pos++;
            if (pos < length && text[pos] == 'I') {
                throw error(start, wordProblem("-" + word(pos)));
            }
            if (pos == length || !isDigit(text[pos])) {
                throw error(pos, "expected a digit after '-', found " + found());
            }
        }
        if (text[pos] == '0') {
            pos++;
            if (pos < length && isDigit(text[pos])) {
                throw error(start, "leading zeros are not allowed in JSON numbers (write 7, not 07)");
            }
            if (pos < length && (text[pos] == 'x' || text[pos] == 'X')) {
                throw error(start, "hexadecimal numbers are not allowed in JSON; write the number in decimal");
            }
        } else {
            digits();
        }
        if (pos < length && text[pos] == '.') {
            pos++;
            if (pos == length || !isDigit(text[pos])) {
                throw error(pos, "expected a digit after the decimal point (write 1.0 or 1, not 1.), found " + found());
            }
            digits();
        }
        if (pos < length && (text[pos] == 'e' || text[pos] == 'E')) {
            pos++;
            if (pos < length && (text[pos] == '+' || text[pos] == '-')) {
                pos++;
            }
            if (pos == length || !isDigit(text[pos])) {
                throw error(pos, "expected a digit in the exponent of a number, found " + found());
            }
            digits();
        }
        String token = new String(text, start, Math.min(pos - start, MAX_NUMBER_LENGTH + 1));
        if (pos < length && (isWordStart(text[pos]) || text[pos] == '.')) {
            throw error(pos, "unexpected " + show(text[pos]) + " after the number " + Names.quote(token)
                    + "; JSON numbers are written like 12, -0.5 or 1e-3");
        }
        if (pos - start > MAX_NUMBER_LENGTH) {
            throw error(start, "a number of " + (pos - start) + " characters; the limit is " + MAX_NUMBER_LENGTH);
        }
        double d = Double.parseDouble(token);
        if (Double.isInfinite(d)) {
            throw error(start, "the number " + Names.quote(token) + " is too large for a double (the largest is "
                    + "about 1.8e308)");
        }
        return d;
    }

    private void digits() {
        while (pos < length && isDigit(text[pos])) {
            pos++;
        }
    }

    /** true, false and null; any other word is refused with a reason suited to what it is. */
    private Boolean literal() throws SyntaxError {
        int start = pos;
        String word = word(pos);
        switch (word) {
        case "true":
            pos += 4;
            return Boolean.TRUE;
        case "false":
            pos += 5;
            return Boolean.FALSE;
        case "null":
            pos += 4;
            return null;
        default:
            throw error(start, wordProblem(word));
        }
    }

    /** The run of letters, digits, '_' and '$' at {@code from} (a word in a place where JSON has none). */
    private String word(int from) {
        int end = from;
        while (end < length && (isWordStart(text[end]) || isDigit(text[end]))) {
            end++;
        }
        return new String(text, from, end - from);
    }

    private static String wordProblem(String word) {
        switch (word) {
        case "NaN":
            return "NaN is not a JSON number; write a finite number";
        case "Infinity":
        case "-Infinity":
            return word + " is not a JSON number; write a finite number";
        case "True": case "TRUE": case "False": case "FALSE": case "Null": case "NULL": case "None": case "nil":
            return Names.quote(word) + " is not a JSON value; JSON writes true, false and null in lower case";
        default:
            return "unquoted text " + Names.quote(word) + " is not a JSON value; put strings in double quotes";
        }
    }

    private String notAValue(char c) {
        switch (c) {
        case '/':
            return COMMENTS;
        case '\'':
            return SINGLE_QUOTES;
        case '+':
            return "JSON numbers have no '+' sign (write 1, not +1)";
        case '.':
            return "a JSON number starts with a digit (write 0.5, not .5)";
        default:
            return "expected a value (object, array, string, number, true, false or null), found " + found();
        }
    }

    private String notAKey(char c, boolean afterComma) {
        if (c == '}' && afterComma) {
            return "trailing commas are not allowed in JSON (remove the ',' before '}')";
        }
        if (c == '/') {
            return COMMENTS;
        }
        if (c == '\'') {
            return SINGLE_QUOTES;
        }
        if (isWordStart(c)) {
            return "the key " + Names.quote(word(pos)) + " must be in double quotes";
        }
        return "expected a key in double quotes, found " + found();
    }

    private String afterMember(boolean inObject) {
        String expected = inObject ? "expected ',' or '}' after a value in an object"
                : "expected ',' or ']' after a value in an array";
        if (pos == length) {
            return inObject ? "the file ends inside an object (expected ',' or '}')"
                    : "the file ends inside an array (expected ',' or ']')";
        }
        char c = text[pos];
        if (c == '/') {
            return COMMENTS;
        }
        if (inObject && c == '"') {
            return expected + "; a ',' is missing before the next key";
        }
        if (!inObject && (c == '"' || c == '{' || c == '[' || c == '-' || isDigit(c) || isWordStart(c))) {
            return expected + "; a ',' is missing before the next value";
        }
        if (c == (inObject ? ']' : '}')) {
            return expected + ", found " + show(c) + " (the brackets do not match)";
        }
        return expected + ", found " + found();
    }

    private String afterDocument(char c) {
        if (c == '/') {
            return COMMENTS;
        }
        if (c == '{' || c == '[' || c == '"' || c == '-' || isDigit(c) || isWordStart(c)) {
            return "the file holds a second JSON document after the first (a pipeline file is one JSON object)";
        }
        if (c == '}' || c == ']') {
            return "unexpected " + show(c) + " after the end of the JSON document (one closing bracket too many)";
        }
        return "unexpected " + show(c) + " after the end of the JSON document";
    }

    private static String controlInString(char c) {
        if (c == '\n' || c == '\r') {
            return "a string must end on the line where it starts (write a line break as \\n; or is a closing '\"' "
                    + "missing?)";
        }
        if (c == '\t') {
            return "a tab in a string must be written as \\t";
        }
        return "the control character " + show(c) + " must be written as an escape (\\u"
                + String.format(Locale.ROOT, "%04x", (int) c) + ") in a string";
    }

    /** What is at {@code pos}, for "expected ..., found ...". */
    private String found() {
        return pos == length ? "the end of the file" : show(text[pos]);
    }

    /** A character as shown in messages: printable ASCII in quotes, anything else by its code point. */
    private static String show(char c) {
        if (c > 0x20 && c < 0x7f) {
            return "'" + c + "'";
        }
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        if (c == ' ') {
            return "a space";
        }
        if (Character.isSpaceChar(c) || c == '\uFEFF' || c == 0x85) {
            return code + ", which is not white space in JSON (only space, tab, line feed and carriage return are)";
        }
        return code;
    }

    private void skipWhiteSpace() {
        while (pos < length) {
            char c = text[pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    private static int hexValue(char c) {
        if (isDigit(c)) {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
    }

    /** An error at character offset {@code at}: line and column are counted only now, once. */
    private SyntaxError error(int at, String reason) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at && i < length; i++) {
            char c = text[i];
            if (c == '\n' || c == '\r' && (i + 1 >= length || text[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new SyntaxError(reason, line, at - lineStart + 1, path.toString());
    }
}
