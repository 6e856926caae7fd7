package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.core.tests.mock.Gain;

/**
 * {@code ClasspathMechanismCatalog} outside OSGi: loaded, with everything it uses, by a plain {@link URLClassLoader}
 * over jars and folders (core's jar, the Equinox registry, common and osgi jars, this fragment's classes, and
 * plugin folders written here), as in a cluster job. It must read the plugins' declarations through the standalone
 * registry with their {@code %key} strings (a fragment without plugin.properties uses its host's), name a
 * fragment's own bundle as contributor, and report broken files,
 * duplicates and invalid declarations naming the file.
 */
class PlainClassPathTest {
    private static final String CATALOG = "org.ldnworkbench.core.registry.ClasspathMechanismCatalog";

    @TempDir
    Path dir;

    private static String gain(String id, String name) {
        return "<mechanism id='" + id + "' name='" + name + "' category='%category' description='%missing.key' "
                + "class='" + Gain.class.getName() + "'><parameter name='g' unit='-' default='0.2' min='-100' "
                + "max='100' status='assumed' source='%source'/><input name='u' unit='-'/>"
                + "<output name='y' unit='-' feedthrough='u'/></mechanism>";
    }

    private Path plugin(String folder, String manifest, String file, String mechanisms, String properties)
            throws Exception {
        Path root = Files.createDirectories(dir.resolve(folder));
        Files.createDirectories(root.resolve("META-INF"));
        Files.writeString(root.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\n" + manifest + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(root.resolve(file), "<?xml version='1.0' encoding='UTF-8'?><plugin><extension point='"
                + MechanismRegistry.EXTENSION_POINT + "'>" + mechanisms + "</extension></plugin>",
                StandardCharsets.UTF_8);
        if (properties != null) {
            Files.writeString(root.resolve("plugin.properties"), properties, StandardCharsets.ISO_8859_1);
        }
        return root;
    }

    private static URL jarOf(Class<?> c) {
        return c.getProtectionDomain().getCodeSource().getLocation();
    }

    private static Object call(Object target, String method, Object... args) throws Exception {
        for (var m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                try {
                    return m.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw (Exception) e.getCause();
                }
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + method);
    }

    @Test
    void declarationsOnAPlainClassPathAreReadThroughTheStandaloneRegistry() throws Exception {
        List<URL> path = new ArrayList<>();
        for (Class<?> c : List.of(MechanismRegistry.class, RegistryFactory.class, IStatus.class, NLS.class,
                org.apache.commons.math3.util.FastMath.class, com.google.gson.Gson.class, Gain.class)) {
            path.add(jarOf(c));
        }
        path.add(plugin("host", "Bundle-SymbolicName: org.example.plain;singleton:=true\nBundle-Version: 2.3.4",
                "plugin.xml", gain("plain.gain", "%gain.name") + gain("plain.broken", "Broken").replace(
                        "status='assumed'", "status='guessed'"),
                "gain.name=Translated gain\ncategory=Examples\nsource=Written in a test\n").toUri().toURL());
        path.add(plugin("fragment", "Bundle-SymbolicName: org.example.plain.fragment\nBundle-Version: 5.0.0\n"
                + "Fragment-Host: org.example.plain;bundle-version=\"2.0.0\"", "fragment.xml",
                gain("plain.fromFragment", "From a fragment") + gain("plain.gain", "Second gain"), null)
                .toUri().toURL());
        Path broken = plugin("broken", "Bundle-SymbolicName: org.example.broken", "plugin.xml", "", null);
        Files.writeString(broken.resolve("plugin.xml"), "<plugin><extension point='x'></plugin>");
        path.add(broken.toUri().toURL());

        try (URLClassLoader loader = new URLClassLoader(path.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            Class<?> type = loader.loadClass(CATALOG);
            assertSame(loader, type.getClassLoader());
            assertSame(loader, loader.loadClass(RegistryFactory.class.getName()).getClassLoader());
            Object catalog = type.getConstructor(ClassLoader.class).newInstance(loader);

            Object gain = call(catalog, "spec", "plain.gain");
            assertEquals("Translated gain", call(gain, "name"));
            assertEquals("Examples", call(gain, "category"));
            assertEquals("%missing.key", call(gain, "description"));
            assertEquals("org.example.plain", call(gain, "contributor"));
            assertEquals("2.3.4", call(gain, "version"));
            Object fromFragment = call(catalog, "spec", "plain.fromFragment");
            assertEquals("org.example.plain.fragment", call(fromFragment, "contributor"));
            assertEquals("5.0.0", call(fromFragment, "version"));
            assertEquals("Examples", call(fromFragment, "category"));

            Object mechanism = call(catalog, "create", "plain.gain");
            assertEquals(Gain.class.getName(), mechanism.getClass().getName());
            assertSame(loader, mechanism.getClass().getClassLoader());

            assertNull(call(catalog, "spec", "plain.broken"));
            String problems = call(catalog, "problems").toString();
            assertTrue(problems.contains("host/plugin.xml: invalid mechanism declaration: plain.broken: unknown "
                    + "parameter status 'guessed'"), problems);
            assertTrue(problems.contains("mechanism plain.gain from org.example.plain.fragment refused: the id is "
                    + "taken by org.example.plain"), problems);
            assertTrue(problems.contains("broken/plugin.xml: not readable XML: "), problems);
            assertEquals(3, ((List<?>) call(catalog, "problems")).size(), problems);
        }
    }

    /**
     * As in the product's registry, a plugin cannot take over one of our ids on a plain class path, whichever comes
     * first on it: ours is kept, the plugin's refused naming both bundles. Between two plugins, the first is kept.
     */
    @Test
    void ourBundleKeepsItsIdWhateverTheOrderOfTheClassPath() throws Exception {
        for (boolean pluginFirst : new boolean[] { true, false }) {
            List<URL> path = new ArrayList<>();
            for (Class<?> c : List.of(MechanismRegistry.class, RegistryFactory.class, IStatus.class, NLS.class,
                    Gain.class)) {
                path.add(jarOf(c));
            }
            URL ours = plugin("ours-" + pluginFirst, "Bundle-SymbolicName: org.ldnworkbench.plain;singleton:=true",
                    "plugin.xml", gain("shared.gain", "Ours"), null).toUri().toURL();
            URL theirs = plugin("theirs-" + pluginFirst, "Bundle-SymbolicName: com.example.lab;singleton:=true",
                    "plugin.xml", gain("shared.gain", "Theirs") + gain("lab.gain", "Theirs"), null).toUri().toURL();
            URL other = plugin("other-" + pluginFirst, "Bundle-SymbolicName: com.example.other;singleton:=true",
                    "plugin.xml", gain("lab.gain", "Other"), null).toUri().toURL();
            path.addAll(pluginFirst ? List.of(theirs, ours, other) : List.of(ours, theirs, other));
            try (URLClassLoader loader = new URLClassLoader(path.toArray(URL[]::new),
                    ClassLoader.getPlatformClassLoader())) {
                Object catalog = loader.loadClass(CATALOG).getConstructor(ClassLoader.class).newInstance(loader);
                assertEquals("org.ldnworkbench.plain", call(call(catalog, "spec", "shared.gain"), "contributor"));
                assertEquals("Ours", call(call(catalog, "spec", "shared.gain"), "name"));
                assertEquals("com.example.lab", call(call(catalog, "spec", "lab.gain"), "contributor"));
                assertEquals(List.of("mechanism shared.gain from com.example.lab refused: the id is taken by "
                        + "org.ldnworkbench.plain", "mechanism lab.gain from com.example.other refused: the id is "
                        + "taken by com.example.lab").stream().sorted().toList(),
                        ((List<?>) call(catalog, "problems")).stream().map(Object::toString).sorted().toList(),
                        "plugin first: " + pluginFirst);
            }
        }
    }

    @Test
    void withoutCoresPluginXmlTheMissingExtensionPointIsNamed() throws Exception {
        URL[] path = { jarOf(RegistryFactory.class), jarOf(IStatus.class), jarOf(NLS.class), jarOf(Gain.class),
                plugin("host", "Bundle-SymbolicName: org.example.plain", "plugin.xml", gain("plain.gain", "G"), null)
                        .toUri().toURL() };
        Path classesOnly = Files.createDirectories(dir.resolve("core-classes"));
        copyClasses(classesOnly);
        List<URL> withCore = new ArrayList<>(List.of(path));
        withCore.add(classesOnly.toUri().toURL());
        try (URLClassLoader loader = new URLClassLoader(withCore.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            Object catalog = loader.loadClass(CATALOG).getConstructor(ClassLoader.class).newInstance(loader);
            assertNull(call(catalog, "spec", "plain.gain"));
            assertEquals(List.of("no plugin.xml on the class path declares the extension point "
                    + MechanismRegistry.EXTENSION_POINT + " (is the jar of org.ldnworkbench.core on it?)"),
                    call(catalog, "problems"));
        }
    }

    /** Copies core's classes without its plugin.xml, as a jar built without it would hold them. */
    private static void copyClasses(Path to) throws Exception {
        Path core = Path.of(jarOf(MechanismRegistry.class).toURI());
        try (var jar = Files.isDirectory(core) ? null : FileSystems.newFileSystem(core);
                var files = Files.walk(jar == null ? core : jar.getPath("/"))) {
            Path root = jar == null ? core : jar.getPath("/");
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                Path target = to.resolve(root.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }
}
