package org.ldnworkbench.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.ui.internal.editor.source.JsonLocator;
import org.ldnworkbench.ui.internal.editor.source.SourceError;
import org.ldnworkbench.ui.internal.editor.source.SourceErrors;

/** Where the Source page underlines the reader's errors. */
class SourceErrorsTest {
    private static final String VALID = """
            {
              "format": "ldn-pipeline/1",
              "name": "t",
              "simulation": { "start": 0, "end": 24, "step": 0.1 },
              "nodes": [
                { "id": "dosing", "mechanism": "org.ldnworkbench.pk.oralDosing" },
                { "id": "pk", "mechanism": "org.ldnworkbench.pk.naltrexone",
                  "parameters": { "ka": "fast" } }
              ]
            }
            """;

    private static String lineOf(String text, int line) {
        return text.split("\n", -1)[line - 1];
    }

    @Test
    void aSyntaxErrorIsPlacedAtTheReadersLineAndColumn() {
        String text = VALID.replace("\"name\": \"t\",", "\"name\": \"t\"");
        SourceError e = SourceErrors.read(text, "my pipeline.ldnpipe").error();
        assertEquals(4, e.line(), e.describe());
        assertEquals(3, e.column(), e.describe());
        assertEquals('"', text.charAt(e.offset()), "at the key after the missing comma");
        assertTrue(text.startsWith("\"simulation\"", e.offset()));
        assertEquals("\"simulation\"".length(), e.length(), "the whole string is underlined");
        assertTrue(e.message().startsWith("syntax error"), e.message());
        assertFalse(e.message().contains("my pipeline"), "the page shows the message without the file name");
    }

    @Test
    void aFieldErrorOfValidJsonIsPlacedAtTheFieldsKey() {
        SourceError e = SourceErrors.read(VALID, "p.ldnpipe").error();
        assertTrue(e.message().startsWith("node 'pk'.parameters.ka"), e.message());
        assertEquals(8, e.line(), e.describe());
        assertTrue(VALID.startsWith("\"ka\"", e.offset()), "at the key ka of the second node");
        assertEquals(lineOf(VALID, 8).indexOf("\"ka\"") + 1, e.column());
    }

    @Test
    void anUnknownKeyIsPlacedAtThatKeyAtTheTopLevelAndInANode() {
        String top = VALID.replace("\"fast\"", "1.5").replace("\"name\": \"t\",", "\"name\": \"t\",\n  \"x-custom\": 1,");
        SourceError e = SourceErrors.read(top, "p.ldnpipe").error();
        assertTrue(e.message().contains("unknown key 'x-custom'"), e.message());
        assertEquals(4, e.line(), e.describe());
        assertTrue(top.startsWith("\"x-custom\"", e.offset()), e.describe());

        String inNode = VALID.replace("\"fast\"", "1.5").replace("\"parameters\"", "\"colour\": 1,\n      \"parameters\"");
        SourceError n = SourceErrors.read(inNode, "p.ldnpipe").error();
        assertTrue(inNode.startsWith("\"colour\"", n.offset()), n.describe());
    }

    @Test
    void anUnknownMechanismFieldIsPlacedInTheRightArrayElement() {
        String text = VALID.replace("\"fast\"", "1.5").replace("\"id\": \"pk\"", "\"id\": \"pk\", \"colour\": 1");
        SourceError e = SourceErrors.read(text, "p.ldnpipe").error();
        assertEquals(7, e.line(), e.describe() + " (the second node starts on line 7)");
    }

    @Test
    void aMessageWithoutAPlaceIsShownAtTheStart() {
        SourceError e = SourceErrors.locate(VALID, "p.ldnpipe", "p.ldnpipe: the top level: expected an object");
        assertEquals(0, e.offset());
        assertEquals(1, e.line());
        assertEquals("the top level: expected an object", e.message());
    }

    @Test
    void aLineAndColumnBeyondTheTextIsClampedToIt() {
        SourceError e = SourceErrors.locate("{\n}", "p", "p:9:40: syntax error: something");
        assertEquals(9, e.line());
        assertTrue(e.offset() <= 3);
        SourceError inLine = SourceErrors.locate("{\n  \"a\"\n}", "p", "p:2:99: syntax error: x");
        assertEquals(7, inLine.offset(), "a column past the line's end is its end");
    }

    @Test
    void theLocatorFollowsKeysIndicesAndQuotedKeysAndStopsAtTheDeepestFound() {
        String text = "{ \"layout\": { \"a b\": [1, 2], \"c\": [3, 4] }, \"nodes\": [ {\"id\": \"x\"}, {\"id\": \"y\"} ] }";
        assertEquals(text.indexOf("\"a b\""), JsonLocator.find(text, "layout['a b']"));
        assertEquals(text.indexOf("4"), JsonLocator.find(text, "layout.c[1]"));
        assertEquals(text.indexOf("{\"id\": \"y\"}"), JsonLocator.find(text, "nodes[1]"));
        assertEquals(text.lastIndexOf("\"id\""), JsonLocator.find(text, "nodes[1].id"));
        assertEquals(text.indexOf("\"nodes\""), JsonLocator.find(text, "nodes[7].id"), "the deepest part found");
        assertEquals(text.lastIndexOf("\"id\""), JsonLocator.find(text, "node 'y'.id"), "a node named by its id");
        assertEquals(text.indexOf("\"nodes\""), JsonLocator.find(text, "node 'z'.id"));
        assertEquals(0, JsonLocator.find(text, "the top level"));
    }

    @Test
    void theLocatorNeverFailsOnBrokenText() {
        for (String broken : new String[] { "", "{", "{\"nodes\": [", "{\"nodes\": [ {\"id\": \"x", "[[[[", "\"" }) {
            int at = JsonLocator.find(broken, "nodes[0].id");
            assertTrue(at >= 0 && at <= broken.length(), broken);
        }
    }
}
