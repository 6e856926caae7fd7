package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ldnworkbench.core.internal.pipeline.JsonTree;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;

/**
 * Every kind of JSON syntax error has its own reason, with line, column and the JSON path being read. The message
 * shape is {@code FILE:LINE:COL: syntax error: REASON (at PATH)}.
 */
class JsonSyntaxTest {
    private static final String NODE = "{\"format\": \"ldn-pipeline/1\", \"nodes\": [{\"id\": \"pk\", \"parameters\": "
            + "{\"amount\": %s}}]}";

    static Stream<Arguments> errors() {
        return Stream.of(
                // name, text, expected message after "f.ldnpipe:"
                Arguments.of("NaN", NODE.formatted("NaN"),
                        "1:78: syntax error: NaN is not a JSON number; write a finite number (at nodes[0].parameters.amount)"),
                Arguments.of("Infinity", NODE.formatted("Infinity"),
                        "syntax error: Infinity is not a JSON number; write a finite number (at nodes[0].parameters.amount)"),
                Arguments.of("minus Infinity", NODE.formatted("-Infinity"),
                        "syntax error: -Infinity is not a JSON number; write a finite number (at nodes[0].parameters.amount)"),
                Arguments.of("overflow", NODE.formatted("1e400"),
                        "syntax error: the number '1e400' is too large for a double (the largest is about 1.8e308) (at nodes[0].parameters.amount)"),
                Arguments.of("negative overflow", NODE.formatted("-2E+308"),
                        "too large for a double"),
                Arguments.of("leading zeros", NODE.formatted("07"),
                        "syntax error: leading zeros are not allowed in JSON numbers (write 7, not 07) (at nodes[0].parameters.amount)"),
                Arguments.of("hex", NODE.formatted("0x1F"),
                        "syntax error: hexadecimal numbers are not allowed in JSON; write the number in decimal"),
                Arguments.of("plus sign", NODE.formatted("+1"), "JSON numbers have no '+' sign"),
                Arguments.of("leading dot", NODE.formatted(".5"), "a JSON number starts with a digit (write 0.5, not .5)"),
                Arguments.of("trailing dot", NODE.formatted("1."), "expected a digit after the decimal point"),
                Arguments.of("empty exponent", NODE.formatted("1e"), "expected a digit in the exponent of a number, found '}'"),
                Arguments.of("lone minus", NODE.formatted("-"), "expected a digit after '-', found '}'"),
                Arguments.of("two dots", NODE.formatted("1.5.3"), "unexpected '.' after the number '1.5'"),
                Arguments.of("unit after number", NODE.formatted("4.5mg"), "unexpected 'm' after the number '4.5'"),
                Arguments.of("number too long", NODE.formatted("1" + "0".repeat(2000)),
                        "a number of 2001 characters; the limit is 1000 (at nodes[0].parameters.amount)"),
                Arguments.of("single-quoted value", NODE.formatted("'4.5'"),
                        "syntax error: single quotes are not allowed in JSON; use double quotes (at nodes[0].parameters.amount)"),
                Arguments.of("single-quoted key", "{'format': 1}", "1:2: syntax error: single quotes are not allowed in JSON; use double quotes"),
                Arguments.of("unquoted key", "{\"format\": \"ldn-pipeline/1\", nodes: []}",
                        "1:30: syntax error: the key 'nodes' must be in double quotes"),
                Arguments.of("unquoted value", NODE.formatted("fast"), "unquoted text 'fast' is not a JSON value; put strings in double quotes"),
                Arguments.of("Python literal", NODE.formatted("None"), "'None' is not a JSON value; JSON writes true, false and null in lower case"),
                Arguments.of("misspelt literal", NODE.formatted("nulll"), "unquoted text 'nulll'"),
                Arguments.of("line comment", "// my pipeline\n{}", "1:1: syntax error: comments are not allowed in JSON"),
                Arguments.of("block comment in object", "{\"format\": \"ldn-pipeline/1\" /* v1 */}",
                        "1:29: syntax error: comments are not allowed in JSON (at format)"),
                Arguments.of("comment before key", "{\n  // nodes\n  \"nodes\": []}", "2:3: syntax error: comments are not allowed in JSON"),
                Arguments.of("trailing comma in object", "{\"format\": \"ldn-pipeline/1\",\n}",
                        "1:28: syntax error: trailing commas are not allowed in JSON (remove the ',' before '}')"),
                Arguments.of("trailing comma in array", "{\"nodes\": [1, 2, ]}",
                        "1:16: syntax error: trailing commas are not allowed in JSON (remove the ',' before ']') (at nodes[1])"),
                Arguments.of("missing comma in object", "{\"format\": \"ldn-pipeline/1\"\n \"nodes\": []}",
                        "2:2: syntax error: expected ',' or '}' after a value in an object; a ',' is missing before the next key (at format)"),
                Arguments.of("missing comma in array", "{\"nodes\": [{} {}]}",
                        "1:15: syntax error: expected ',' or ']' after a value in an array; a ',' is missing before the next value (at nodes[0])"),
                Arguments.of("missing colon", "{\"format\" \"ldn-pipeline/1\"}",
                        "1:11: syntax error: expected ':' after the key 'format', found '\"'"),
                Arguments.of("equals for colon", "{\"format\" = 1}", "expected ':' after the key 'format', found '='"),
                Arguments.of("value missing", "{\"format\": }", "1:12: syntax error: expected a value (object, array, string, number, true, false or null), found '}' (at format)"),
                Arguments.of("brackets do not match", "{\"nodes\": [1}", "expected ',' or ']' after a value in an array, found '}' (the brackets do not match)"),
                Arguments.of("tab in string", "{\"name\": \"a\tb\"}", "1:12: syntax error: a tab in a string must be written as \\t (at name)"),
                Arguments.of("line break in string", "{\"name\": \"a\nb\"}", "a string must end on the line where it starts"),
                Arguments.of("control character in string", "{\"name\": \"a\u0001b\"}",
                        "the control character U+0001 must be written as an escape (\\u0001) in a string (at name)"),
                Arguments.of("bad escape", "{\"name\": \"C:\\data\"}", "1:13: syntax error: invalid escape '\\d' in a string"),
                Arguments.of("short unicode escape", "{\"name\": \"\\u12G4\"}",
                        "\\u in a string must be followed by four hexadecimal digits, found 'G'"),
                Arguments.of("lone high surrogate", "{\"name\": \"\\ud800x\"}",
                        "1:10: syntax error: the string holds an unpaired surrogate U+D800"),
                Arguments.of("lone low surrogate", "{\"name\": \"\\udc00\"}", "unpaired surrogate U+DC00"),
                Arguments.of("raw lone surrogate", "{\"name\": \"\ud800\"}", "unpaired surrogate U+D800"),
                Arguments.of("byte order mark", "\uFEFF{}",
                        "1:1: syntax error: the file starts with a byte order mark (U+FEFF), which JSON does not allow"),
                Arguments.of("non-breaking space", "{\u00a0\"a\": 1}", "found U+00A0, which is not white space in JSON"),
                Arguments.of("second document", "{}\n{}", "2:1: syntax error: the file holds a second JSON document after the first"),
                Arguments.of("closing bracket too many", "{\"nodes\": []}}", "unexpected '}' after the end of the JSON document (one closing bracket too many)"),
                Arguments.of("trailing garbage", "{} ;", "unexpected ';' after the end of the JSON document"),
                Arguments.of("empty", "", "1:1: syntax error: the file is empty (or holds only white space)"),
                Arguments.of("white space only", " \n\t ", "the file is empty"),
                Arguments.of("ends after key", "{\"format\": ", "1:12: syntax error: the file ends where a value was expected (at format)"),
                Arguments.of("ends inside string", "{\"name\": \"abc", "1:10: syntax error: the file ends inside the string that starts here"),
                Arguments.of("ends inside object", "{\"name\": \"abc\"", "the file ends inside an object (expected ',' or '}')"),
                Arguments.of("ends inside array", "{\"nodes\": [1", "the file ends inside an array (expected ',' or ']') (at nodes[0])"),
                Arguments.of("duplicate key", "{\"name\": \"a\", \"name\": \"b\"}", "1:15: syntax error: duplicate key 'name'"),
                Arguments.of("duplicate key in a node", "{\"nodes\": [{\"id\": \"a\", \"id\": \"b\"}]}", "duplicate key 'id' (at nodes[0])"),
                Arguments.of("too deep", "[".repeat(40) + "]".repeat(40), "1:33: syntax error: nesting deeper than 32 levels"),
                Arguments.of("key with a dot in the path", "{\"scenarios\": [{\"parameters\": {\"pk.ka\": NaN}}]}",
                        "(at scenarios[0].parameters['pk.ka'])"),
                Arguments.of("CRLF lines", "{\r\n\"a\": 1\r\n\"b\": 2}", "3:1: syntax error: expected ',' or '}'"),
                Arguments.of("CR lines", "{\r\"a\": 1\r\"b\": 2}", "3:1: syntax error: expected ',' or '}'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void syntaxErrorHasAReasonAPositionAndAPath(String name, String text, String expected) {
        String msg = assertThrows(PipelineFormatException.class,
                () -> PipelineFiles.read(new StringReader(text), "f.ldnpipe")).getMessage();
        assertTrue(msg.startsWith("f.ldnpipe:") && msg.contains(expected), name + ": " + msg);
        assertTrue(msg.matches("f\\.ldnpipe:\\d+:\\d+: syntax error: \\S.*"), "shape: " + msg);
        assertTrue(msg.chars().noneMatch(c -> c < 0x20), "one line without control characters: " + msg);
    }

    @Test
    void valuesArePlainJavaValues() throws Exception {
        Object v = JsonTree.read("{\"a\": [1, -0.5e-3, 0, -0, 1E2, true, false, null, \"x\\u00e9\\ud83d\\ude00\\n\\\"\\/\"],"
                + " \"b\": {}, \"c\": \"\ud83d\ude00\"}");
        Map<?, ?> m = assertInstanceOf(LinkedHashMap.class, v);
        List<?> a = assertInstanceOf(ArrayList.class, m.get("a"));
        assertEquals(List.of(1.0, -0.5e-3, 0.0, -0.0, 100.0, true, false), a.subList(0, 7));
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits((Double) a.get(3)));
        assertNull(a.get(7));
        assertEquals("x\u00e9\ud83d\ude00\n\"/", a.get(8));
        assertEquals(Map.of(), m.get("b"));
        assertEquals("\ud83d\ude00", m.get("c"));
        assertEquals(List.of("a", "b", "c"), List.copyOf(m.keySet()), "file order kept");
        assertEquals(0.0, JsonTree.read("1e-400"), "underflow rounds to zero like every JSON reader");
    }

    @Test
    void hugeTextsAreReadInLinearTime() {
        String longString = "{\"name\": \"" + "x".repeat(4_000_000) + "\"}";
        String manyNumbers = "[" + "1,".repeat(900_000) + "1]";
        String longKeyError = "{\"" + "k".repeat(4_000_000) + "\": 1 2}";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            JsonTree.read(longString);
            JsonTree.read(manyNumbers);
            JsonTree.SyntaxError e = assertThrows(JsonTree.SyntaxError.class, () -> JsonTree.read(longKeyError));
            assertTrue(e.path().length() < 200, e.path());
        });
    }

    @Test
    void sizesOfTheTextAreBounded() throws Exception {
        JsonTree.SyntaxError values = assertThrows(JsonTree.SyntaxError.class,
                () -> JsonTree.read("[" + "0,".repeat(JsonTree.MAX_VALUES) + "0]"));
        assertTrue(values.getMessage().contains("more than " + JsonTree.MAX_VALUES + " values"), values.getMessage());
        JsonTree.SyntaxError text = assertThrows(JsonTree.SyntaxError.class,
                () -> JsonTree.read(" ".repeat(JsonTree.MAX_TEXT_LENGTH + 1) + "{}"));
        assertTrue(text.getMessage().contains("longer than " + JsonTree.MAX_TEXT_LENGTH), text.getMessage());
        JsonTree.read(" ".repeat(JsonTree.MAX_TEXT_LENGTH - 2) + "{}");
    }
}
