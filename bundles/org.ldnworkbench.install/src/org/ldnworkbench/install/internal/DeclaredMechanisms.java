package org.ldnworkbench.install.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The mechanism ids a bundle declares in its plugin.xml, read from its jar or folder in the installation. For
 * {@code ldnwb plugins} when the framework did not resolve an installed bundle (so the extension registry does not
 * have its contributions): the user still learns which mechanisms the plugin brings, and that they are not loaded.
 */
public final class DeclaredMechanisms {
    /** Largest plugin.xml read: a plugin's declarations are kilobytes; a bound for a hostile jar. */
    static final long MAX_SIZE = 8L << 20;

    private DeclaredMechanisms() {
    }

    /**
     * @param bundle the bundle's jar or folder
     * @return the ids of its {@code mechanism} elements on {@value MechanismContributions#POINT}, sorted; empty when
     *         it has no plugin.xml
     * @throws IOException when it cannot be read or its plugin.xml is not XML
     */
    public static TreeSet<String> of(Path bundle) throws IOException {
        if (Files.isDirectory(bundle)) {
            Path xml = bundle.resolve("plugin.xml");
            if (!Files.isRegularFile(xml)) {
                return new TreeSet<>();
            }
            checkSize(bundle, Files.size(xml));
            try (InputStream in = Files.newInputStream(xml)) {
                return parse(in, bundle);
            }
        }
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            ZipEntry entry = zip.getEntry("plugin.xml");
            if (entry == null) {
                return new TreeSet<>();
            }
            checkSize(bundle, entry.getSize());
            try (InputStream in = zip.getInputStream(entry)) {
                return parse(in, bundle);
            }
        }
    }

    private static void checkSize(Path bundle, long size) throws IOException {
        if (size > MAX_SIZE) {
            throw new IOException(bundle + ": plugin.xml is larger than " + MAX_SIZE + " bytes");
        }
    }

    /** Parses plugin.xml without document types (no external entities, no entity expansion). */
    static TreeSet<String> parse(InputStream xml, Path where) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            NodeList extensions = factory.newDocumentBuilder().parse(xml).getElementsByTagName("extension");
            TreeSet<String> ids = new TreeSet<>();
            for (int i = 0; i < extensions.getLength(); i++) {
                Element extension = (Element) extensions.item(i);
                if (MechanismContributions.POINT.equals(extension.getAttribute("point"))) {
                    NodeList mechanisms = extension.getElementsByTagName("mechanism");
                    for (int j = 0; j < mechanisms.getLength(); j++) {
                        String id = ((Element) mechanisms.item(j)).getAttribute("id");
                        if (!id.isEmpty()) {
                            ids.add(id);
                        }
                    }
                }
            }
            return ids;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(where + ": plugin.xml: " + StatusText.oneLine(e.getMessage()), e);
        }
    }
}
