package org.ldnworkbench.app.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.core.runtime.IBundleGroup;
import org.eclipse.core.runtime.IBundleGroupProvider;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The features installed in the product's {@code features} folder, for Help &gt; About &gt; Installation Details.
 * The About dialog lists features only through bundle group providers, and this platform line has none without the
 * retired update configurator, so the product reads its own {@code feature.xml} files (name, version, provider,
 * description and the plug-ins each feature holds).
 * <p>
 * p2, in the product for installing plugins, registers no bundle group provider either (its Installed Software page
 * reads the p2 profile, not the providers), so this stays the one source of the About dialog's features and each
 * shows once. p2 unpacks an installed feature into this folder and deletes it on uninstall; the list is read once
 * per start, and both take effect with the restart p2 asks for.
 */
final class InstalledFeatures implements IBundleGroupProvider {
    private static final ILog LOG = ILog.of(InstalledFeatures.class);
    private final Path featuresFolder;
    private volatile IBundleGroup[] groups;

    /**
     * @param featuresFolder the installation's features folder (one folder per feature, each with a feature.xml)
     */
    InstalledFeatures(Path featuresFolder) {
        this.featuresFolder = featuresFolder;
    }

    @Override
    public String getName() {
        return Messages.featuresProviderName;
    }

    @Override
    public IBundleGroup[] getBundleGroups() {
        IBundleGroup[] g = groups;
        if (g == null) {
            g = read().toArray(IBundleGroup[]::new);
            groups = g;
        }
        return g.clone();
    }

    private List<IBundleGroup> read() {
        List<IBundleGroup> found = new ArrayList<>();
        if (!Files.isDirectory(featuresFolder)) {
            return found;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(featuresFolder)) {
            for (Path folder : folders) {
                Path xml = folder.resolve("feature.xml");
                if (Files.isRegularFile(xml)) {
                    try {
                        found.add(parse(xml));
                    } catch (IOException | SAXException | ParserConfigurationException e) {
                        LOG.log(Status.warning("Feature " + xml + " is not shown in Help > About: " + e.getMessage(),
                                e));
                    }
                }
            }
        } catch (IOException e) {
            LOG.log(Status.warning("Could not list the installed features in " + featuresFolder + ": "
                    + e.getMessage(), e));
        }
        return found;
    }

    /** @return the feature declared by {@code xml} */
    static FeatureGroup parse(Path xml) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc;
        try (InputStream in = Files.newInputStream(xml)) {
            doc = factory.newDocumentBuilder().parse(in);
        }
        Element feature = doc.getDocumentElement();
        List<String> plugins = new ArrayList<>();
        NodeList list = feature.getElementsByTagName("plugin");
        for (int i = 0; i < list.getLength(); i++) {
            plugins.add(((Element) list.item(i)).getAttribute("id"));
        }
        return new FeatureGroup(feature.getAttribute("id"), feature.getAttribute("version"),
                feature.getAttribute("label"), feature.getAttribute("provider-name"), text(feature, "description"),
                plugins);
    }

    private static String text(Element parent, String tag) {
        NodeList l = parent.getElementsByTagName(tag);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().strip().replaceAll("\\s+", " ");
    }
}
