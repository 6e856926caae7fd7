package org.ldnworkbench.core.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.internal.registry.DomElement;
import org.ldnworkbench.core.internal.registry.SpecReader;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Mechanisms found on a plain class path, without OSGi: every {@code plugin.xml} (and {@code fragment.xml}) visible
 * to the class loader is read for contributions to {@value MechanismRegistry#EXTENSION_POINT}, with
 * {@code %key} strings from the plugin.properties beside it. This is how the engine runs outside the workbench
 * (cluster jobs, plain-Java tools); in the product, {@link MechanismRegistry} is used.
 *
 * @since 0.1
 */
public final class ClasspathMechanismCatalog implements MechanismCatalog {
    private final ClassLoader loader;
    private final Map<String, MechanismSpec> specs = new LinkedHashMap<>();
    private final Map<String, String> classes = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * @param loader the class loader whose resources and classes to use
     * @throws IOException when a plugin.xml cannot be read
     */
    public ClasspathMechanismCatalog(ClassLoader loader) throws IOException {
        this.loader = loader;
        for (String name : List.of("plugin.xml", "fragment.xml")) {
            Enumeration<URL> urls = loader.getResources(name);
            while (urls.hasMoreElements()) {
                read(urls.nextElement());
            }
        }
    }

    private void read(URL url) throws IOException {
        Properties strings = new Properties();
        String base = url.toString();
        base = base.substring(0, base.lastIndexOf('/') + 1);
        try (InputStream in = new URL(base + "plugin.properties").openStream()) {
            strings.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            // no translations: %keys stay as written
        }
        Document doc;
        try (InputStream in = url.openStream()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            doc = b.parse(in);
        } catch (Exception e) {
            problems.add(url + ": not readable XML: " + e.getMessage());
            return;
        }
        for (Node ext = doc.getDocumentElement().getFirstChild(); ext != null; ext = ext.getNextSibling()) {
            if (!(ext instanceof Element) || !MechanismRegistry.EXTENSION_POINT.equals(((Element) ext).getAttribute("point"))) {
                continue;
            }
            for (Node m = ext.getFirstChild(); m != null; m = m.getNextSibling()) {
                if (!(m instanceof Element) || !"mechanism".equals(((Element) m).getTagName())) {
                    continue;
                }
                try {
                    MechanismSpec spec = SpecReader.read(new DomElement((Element) m, strings), url.toString(), "");
                    if (specs.putIfAbsent(spec.id(), spec) == null) {
                        classes.put(spec.id(), ((Element) m).getAttribute("class"));
                    } else {
                        problems.add(url + ": mechanism " + spec.id() + " ignored: already declared");
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(url + ": invalid mechanism declaration: " + e.getMessage());
                }
            }
        }
    }

    /** @return declarations that were skipped, with the reason */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    @Override
    public MechanismSpec spec(String mechanismId) {
        return specs.get(mechanismId);
    }

    @Override
    public Collection<MechanismSpec> all() {
        return Collections.unmodifiableCollection(specs.values());
    }

    @Override
    public Mechanism create(String mechanismId) throws MechanismException {
        MechanismSpec spec = specs.get(mechanismId);
        if (spec == null) {
            throw new MechanismException("mechanism " + mechanismId + " is not on the class path");
        }
        try {
            Object o = Class.forName(classes.get(mechanismId), true, loader).getDeclaredConstructor().newInstance();
            if (!(o instanceof Mechanism)) {
                throw new MechanismException(mechanismId + ": " + o.getClass().getName() + " is no Mechanism");
            }
            ((Mechanism) o).bind(spec);
            return (Mechanism) o;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            throw new MechanismException("mechanism " + mechanismId + " failed to load: " + e, e);
        }
    }
}
