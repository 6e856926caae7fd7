package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.internal.registry.DeclarationElement;
import org.ldnworkbench.core.internal.registry.SpecReader;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.MetricSpec;
import org.ldnworkbench.core.mechanism.ParameterStatus;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * schema/mechanisms.exsd, the plugin author's reference, agrees with the reader: every attribute is documented, the
 * schema declares exactly the attributes {@link SpecReader} reads (learnt by watching it read the schema's own
 * example, which must therefore be valid and complete), and each closed word set is the one the code accepts.
 */
class MechanismsSchemaTest {
    private static final String SCHEMA_NS = "http://www.w3.org/2001/XMLSchema";
    /** Attributes read by others than SpecReader: the registry itself, the catalogs (class) and the workbench. */
    private static final Set<String> NOT_READ_BY_SPEC_READER = Set.of("extension/@point", "extension/@id",
            "extension/@name", "mechanism/@class", "mechanism/@icon");

    /** element name, then attribute name, to the {@code <attribute>} element of the schema */
    private static Map<String, Map<String, Element>> attributes;
    private static Document schema;

    @BeforeAll
    static void parseSchema() throws Exception {
        URL url = FrameworkUtil.getBundle(SpecReader.class).getEntry("schema/mechanisms.exsd");
        assertNotNull(url, "schema/mechanisms.exsd is not in the bundle org.ldnworkbench.core");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (InputStream in = url.openStream()) {
            schema = f.newDocumentBuilder().parse(in);
        }
        attributes = new LinkedHashMap<>();
        for (Element e : children(schema.getDocumentElement(), "element")) {
            Map<String, Element> byName = new LinkedHashMap<>();
            for (Element a : descendants(e, "attribute")) {
                byName.put(a.getAttribute("name"), a);
            }
            attributes.put(e.getAttribute("name"), byName);
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> l = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && SCHEMA_NS.equals(n.getNamespaceURI()) && localName.equals(n.getLocalName())) {
                l.add((Element) n);
            }
        }
        return l;
    }

    private static List<Element> descendants(Element parent, String localName) {
        List<Element> l = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(SCHEMA_NS, localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            l.add((Element) nodes.item(i));
        }
        return l;
    }

    private static String documentation(Element attribute) {
        return descendants(attribute, "documentation").stream().map(Node::getTextContent)
                .collect(Collectors.joining()).strip();
    }

    private static Set<String> enumeration(String element, String attribute) {
        Element a = attributes.get(element).get(attribute);
        assertNotNull(a, element + "/@" + attribute);
        return descendants(a, "enumeration").stream().map(e -> e.getAttribute("value"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** @return the text of the section {@code <meta.section type="...">} */
    private static String section(String type) {
        for (Element annotation : children(schema.getDocumentElement(), "annotation")) {
            NodeList meta = annotation.getElementsByTagName("meta.section");
            if (meta.getLength() == 1 && type.equals(((Element) meta.item(0)).getAttribute("type"))) {
                return documentation(annotation);
            }
        }
        return null;
    }

    @Test
    void everyAttributeIsDocumented() {
        List<String> undocumented = new ArrayList<>();
        attributes.forEach((element, attrs) -> attrs.forEach((name, a) -> {
            if (documentation(a).isEmpty()) {
                undocumented.add(element + "/@" + name);
            }
        }));
        assertEquals(List.of(), undocumented);
        assertEquals("0.1", section("since"));
        assertTrue(section("apiinfo").contains("org.ldnworkbench.core.mechanism.Mechanism"), section("apiinfo"));
        assertTrue(section("copyright").contains("EPL-2.0"), section("copyright"));
    }

    /** Remembers each attribute the reader asks for, as element/@attribute. */
    private static final class Recording implements DeclarationElement {
        private final DeclarationElement element;
        private final Set<String> read;

        Recording(DeclarationElement element, Set<String> read) {
            this.element = element;
            this.read = read;
        }

        @Override
        public String name() {
            return element.name();
        }

        @Override
        public String attribute(String name) {
            read.add(element.name() + "/@" + name);
            return element.attribute(name);
        }

        @Override
        public List<DeclarationElement> children(String name) {
            return element.children(name).stream().map(c -> (DeclarationElement) new Recording(c, read)).toList();
        }
    }

    @Test
    void theSchemaDeclaresExactlyWhatTheReaderReadsAndItsExampleIsValid() throws Exception {
        Set<String> read = new TreeSet<>();
        List<MechanismSpec> example = Declarations.readPlugin(section("examples")
                .substring(section("examples").indexOf("<extension")), e -> new Recording(e, read));
        assertEquals(List.of("org.example.doses", "org.example.oneCompartment"),
                example.stream().map(MechanismSpec::id).toList());
        Set<String> declared = new TreeSet<>();
        attributes.forEach((element, attrs) -> attrs.keySet().forEach(a -> declared.add(element + "/@" + a)));
        Set<String> readButNotDeclared = new TreeSet<>(read);
        readButNotDeclared.removeAll(declared);
        assertEquals(Set.of(), readButNotDeclared, "attributes SpecReader reads that the schema does not declare");
        Set<String> declaredButNotRead = new TreeSet<>(declared);
        declaredButNotRead.removeAll(read);
        assertEquals(new TreeSet<>(NOT_READ_BY_SPEC_READER), declaredButNotRead,
                "attributes the schema declares that SpecReader does not read");
    }

    private static MetricSpec.Headline headline(String word) throws Exception {
        return Declarations.read("<mechanism id='m' name='M' category='Test' class='x.M'><output name='o' unit='-'/>"
                + "<metric id='k' output='o' kind='max' headline='" + word + "'/></mechanism>").metrics().get(0)
                .headline();
    }

    /**
     * The headline words are the parser's: the schema enumerates {@link SpecReader#HEADLINE_WORDS}, every one of
     * them is read (with the empty attribute reaching every period), and no other spelling, alias or old word
     * ({@code none}, {@code true}, {@code false}) is read.
     */
    @Test
    void theHeadlineEnumerationIsWhatTheParserAccepts() throws Exception {
        assertEquals(new TreeSet<>(SpecReader.HEADLINE_WORDS), new TreeSet<>(enumeration("metric", "headline")));
        Set<MetricSpec.Headline> reached = EnumSet.of(headline(""));
        for (String word : SpecReader.HEADLINE_WORDS) {
            reached.add(headline(word));
        }
        assertEquals(EnumSet.allOf(MetricSpec.Headline.class), reached);
        Set<String> otherSpellings = new TreeSet<>(List.of("yes", "no", "on", "off", "end", "day", "last", "all",
                "1", "0"));
        for (MetricSpec.Headline h : MetricSpec.Headline.values()) {
            String name = h.name();
            String camel = Arrays.stream(name.toLowerCase(Locale.ROOT).split("_"))
                    .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                    .collect(Collectors.joining());
            otherSpellings.addAll(List.of(name, name.toLowerCase(Locale.ROOT), camel,
                    Character.toLowerCase(camel.charAt(0)) + camel.substring(1)));
        }
        otherSpellings.addAll(List.of("none", "true", "false", "True", "FALSE", "None", "Run", "LASTDAY", "lastday"));
        otherSpellings.removeAll(SpecReader.HEADLINE_WORDS);
        for (String word : otherSpellings) {
            assertThrows(IllegalArgumentException.class, () -> headline(word),
                    "headline '" + word + "' is read but not in the schema's enumeration");
        }
    }

    @Test
    void theOtherClosedWordSetsAreTheCodesWords() {
        assertEquals(Arrays.stream(MetricSpec.Kind.values()).map(MetricSpec.Kind::word).toList(),
                List.copyOf(enumeration("metric", "kind")));
        assertEquals(Arrays.stream(ParameterStatus.values()).map(ParameterStatus::word).toList(),
                List.copyOf(enumeration("parameter", "status")));
        List<String> portKinds = Arrays.stream(PortSpec.Kind.values()).map(k -> k.name().toLowerCase(Locale.ROOT))
                .toList();
        assertEquals(portKinds, List.copyOf(enumeration("input", "kind")));
        assertEquals(portKinds, List.copyOf(enumeration("output", "kind")));
        for (String flag : List.of("parameter/integer", "preset/default")) {
            String[] p = flag.split("/");
            assertEquals("boolean", attributes.get(p[0]).get(p[1]).getAttribute("type"), flag);
        }
        assertFalse(attributes.get("metric").get("headline").hasAttribute("type"),
                "an enumerated attribute takes its type from its restriction");
    }
}
