package org.ldnworkbench.core.internal.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.spi.RegistryContributor;

/**
 * One {@code plugin.xml} or {@code fragment.xml} found on a plain class path, with what the OSGi manifest beside it
 * says about its bundle. The manifest gives the registry the same contributor the OSGi registry would use: the
 * bundle's symbolic name, and for a fragment the host's, so that a fragment's extensions land in the host's
 * namespace and the fragment's own name stays readable through {@link RegistryContributor#getActualName()}.
 *
 * @param url where the declarations are
 * @param bundle the symbolic name from the manifest beside it, or the url when there is no manifest
 * @param version the bundle version from the manifest, or "" when there is none
 * @param host the host's symbolic name when the file belongs to a fragment, else null
 */
public record ContributionFile(URL url, String bundle, String version, String host) {
    private static final List<String> NAMES = List.of("plugin.xml", "fragment.xml");

    /**
     * @param loader the class loader whose resources to search
     * @param firstBundle the bundle whose file is listed first (the one that declares the extension point)
     * @return every plugin.xml and fragment.xml visible to the loader, each once, {@code firstBundle}'s first
     * @throws IOException when the loader cannot list its resources
     */
    public static List<ContributionFile> onClassPath(ClassLoader loader, String firstBundle) throws IOException {
        Map<String, ContributionFile> files = new LinkedHashMap<>();
        for (String name : NAMES) {
            Enumeration<URL> urls = loader.getResources(name);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                files.computeIfAbsent(url.toString(), u -> at(url));
            }
        }
        List<ContributionFile> ordered = new ArrayList<>();
        files.values().stream().filter(f -> f.bundle.equals(firstBundle)).forEach(ordered::add);
        files.values().stream().filter(f -> !f.bundle.equals(firstBundle)).forEach(ordered::add);
        return ordered;
    }

    /** @return the file at {@code url}, described by the {@code META-INF/MANIFEST.MF} of the same root */
    public static ContributionFile at(URL url) {
        Attributes manifest = manifestBeside(url);
        String name = header(manifest, "Bundle-SymbolicName");
        String version = manifest == null ? null : manifest.getValue("Bundle-Version");
        return new ContributionFile(url, name == null ? url.toString() : name, version == null ? "" : version.trim(),
                header(manifest, "Fragment-Host"));
    }

    /**
     * @return the contributor to register this file under: its url as id (unique, so that the registry keeps every
     *         file apart and an element leads back to its file), its bundle as name, its host when a fragment
     */
    public IContributor contributor() {
        return new RegistryContributor(url.toString(), bundle, host, host);
    }

    /**
     * @return the {@code %key} strings of the plugin.properties beside the file (read as OSGi reads it, ISO 8859-1),
     *         or null when there is none
     */
    public ResourceBundle translations() {
        try (InputStream in = sibling(url, "plugin.properties").openStream()) {
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return null;
        }
    }

    private static Attributes manifestBeside(URL url) {
        try (InputStream in = sibling(url, "META-INF/MANIFEST.MF").openStream()) {
            return new Manifest(in).getMainAttributes();
        } catch (IOException e) {
            return null;
        }
    }

    /** @return a header's first clause without its directives, e.g. the name of {@code a.b;singleton:=true} */
    private static String header(Attributes manifest, String name) {
        String v = manifest == null ? null : manifest.getValue(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        int semicolon = v.indexOf(';');
        return (semicolon < 0 ? v : v.substring(0, semicolon)).trim();
    }

    private static URL sibling(URL url, String path) throws MalformedURLException {
        String s = url.toString();
        return new URL(s.substring(0, s.lastIndexOf('/') + 1) + path);
    }
}
