package org.ldnworkbench.doc.isv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The help book of the SDK is docs/PLUGINS.md turned into HTML by the bundle's {@code generate-html}: these tests
 * fail when PLUGINS.md was changed and the book was not generated again (the two would then tell plugin authors
 * different things), and when the book's table of contents leads nowhere. The book is read from the bundle as the
 * help system reads it, so a file left out of build.properties fails too.
 */
class PluginGuideTest {
    private static final Path PLUGINS_MD = Path.of("../../docs/PLUGINS.md").toAbsolutePath().normalize();
    private static final String PAGE = "html/plugins.html";
    private static final Pattern MD_HEADING = Pattern.compile("^(#{2,3}) (.+)$");
    private static final Pattern HTML_HEADING = Pattern.compile("<h([23])[^>]*>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern TOPIC = Pattern.compile("<topic label=\"([^\"]*)\" href=\"([^\"#]*)#([^\"]*)\"/>");

    @Test
    void theHelpBookHasTheSectionsOfPluginsMdInItsOrder() throws IOException {
        List<String> expected = markdownHeadings(markdown(), 3);
        Matcher m = HTML_HEADING.matcher(book());
        List<String> actual = new ArrayList<>();
        while (m.find()) {
            actual.add("h" + m.group(1) + " " + unescape(m.group(2).replaceAll("<[^>]+>", "")));
        }
        assertFalse(expected.isEmpty(), "no sections found in " + PLUGINS_MD);
        assertEquals(expected, actual, PAGE + " is out of date with " + PLUGINS_MD + ": run generate-html");
    }

    @Test
    void theHelpBookSaysWordForWordWhatPluginsMdSays() throws IOException {
        List<String> expected = words(markdownText(markdown()));
        List<String> actual = words(htmlText(book()));
        int i = firstDifference(expected, actual);
        assertTrue(i < 0, () -> PAGE + " is out of date with " + PLUGINS_MD
                + " (run generate-html): from word " + (i + 1) + " PLUGINS.md says '" + around(expected, i)
                + "', the help book '" + around(actual, i) + "'");
    }

    @Test
    void theTableOfContentsLeadsToEverySection() throws IOException {
        String toc = entry("toc.xml");
        Set<String> anchors = ids(book());
        Matcher m = TOPIC.matcher(toc);
        List<String> labels = new ArrayList<>();
        while (m.find()) {
            labels.add(unescape(m.group(1)));
            assertEquals(PAGE, m.group(2), "topic " + m.group(1) + " of toc.xml");
            assertTrue(anchors.contains(m.group(3)),
                    "topic " + m.group(1) + " of toc.xml leads to #" + m.group(3) + ", which " + PAGE + " lacks");
        }
        List<String> sections = markdownHeadings(markdown(), 2).stream().map(h -> h.substring(3)).toList();
        assertEquals(sections, labels, "the topics of toc.xml are not the sections of " + PLUGINS_MD);
    }

    /** @return the index of the first word where the two differ, -1 when they are equal */
    private static int firstDifference(List<String> a, List<String> b) {
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        return i == a.size() && i == b.size() ? -1 : i;
    }

    /** @return the headings down to the given level, as "h2 text" with the inline marks removed */
    private static List<String> markdownHeadings(String text, int deepest) {
        List<String> headings = new ArrayList<>();
        boolean inFence = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            Matcher m = MD_HEADING.matcher(line);
            if (!inFence && m.matches() && m.group(1).length() <= deepest) {
                headings.add("h" + m.group(1).length() + " " + m.group(2).replace("`", "").replace("**", ""));
            }
        }
        return headings;
    }

    /**
     * The words a reader sees, without Markdown's marks: link targets (the help keeps only the link's text), fence
     * lines with their language and the numbers of ordered lists go; everything else stays in order.
     */
    private static String markdownText(String text) {
        return text.replaceAll("\\]\\([^)]*\\)", "]").replaceAll("(?m)^\\s*```\\w*\\s*$", "")
                .replaceAll("(?m)^\\d+\\. ", "");
    }

    /** The words of the page's body: without the head, comments and tags, with entities decoded. */
    private static String htmlText(String html) {
        String body = html.substring(html.indexOf("<body>"));
        return unescape(body.replaceAll("(?s)<!--.*?-->", "").replaceAll("<[^>]+>", " "));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String around(List<String> words, int index) {
        return words.subList(Math.max(0, index - 4), Math.min(words.size(), index + 6)).stream()
                .collect(Collectors.joining(" "));
    }

    private static String unescape(String html) {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(b, Matcher.quoteReplacement(Character.toString(code)));
        }
        m.appendTail(b);
        return b.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String markdown() throws IOException {
        return Files.readString(PLUGINS_MD, StandardCharsets.UTF_8);
    }

    private static String book() throws IOException {
        return entry(PAGE);
    }

    /** @return a file of the doc bundle, read through the bundle as the help system reads it */
    private static String entry(String path) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(PluginGuideTest.class);
        assertNotNull(bundle, "the test runs outside OSGi");
        URL url = bundle.getEntry(path);
        assertNotNull(url, path + " is missing from bundle " + bundle.getSymbolicName() + " (build.properties?)");
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** @return the ids of the page's elements: the anchors a topic can lead to */
    private static Set<String> ids(String html) {
        return Pattern.compile(" id=\"([^\"]+)\"").matcher(html).results().map(r -> r.group(1))
                .collect(Collectors.toSet());
    }
}
