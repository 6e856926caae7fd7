package org.ldnworkbench.core.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.IConfigurationElement;
import org.ldnworkbench.core.internal.registry.ConfigurationElementAdapter;
import org.ldnworkbench.core.internal.registry.ContributionFile;
import org.ldnworkbench.core.internal.registry.DeclarationElement;
import org.ldnworkbench.core.internal.registry.SpecReader;
import org.ldnworkbench.core.internal.registry.StandaloneRegistry;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * A mechanism declaration written in a test, read as the product reads plugin.xml: contributed to an Equinox
 * extension registry (a standalone one, beside core's own plugin.xml that declares the extension point) and read
 * by {@link SpecReader} from the registry's configuration element.
 */
final class Declarations {
    private static ContributionFile corePluginXml;

    private Declarations() {
    }

    /** @return the spec of the one {@code <mechanism>} element, with contributor "test" and version "1" */
    static MechanismSpec read(String mechanismXml) throws IOException {
        List<MechanismSpec> specs = readPlugin("<extension point='" + MechanismRegistry.EXTENSION_POINT + "'>"
                + mechanismXml + "</extension>", e -> e);
        if (specs.size() != 1) {
            throw new IllegalStateException(specs.size() + " mechanisms read from " + mechanismXml);
        }
        return specs.get(0);
    }

    /**
     * @param pluginBody what a plugin.xml holds inside {@code <plugin>}
     * @param wrap lets a test see what the reader asks of each {@code <mechanism>} element
     * @return the specs of the mechanisms contributed to the extension point, each with contributor "test" and
     *         version "1"
     * @throws IllegalArgumentException when the reader refuses one
     * @throws IllegalStateException when the registry cannot read the text
     */
    static List<MechanismSpec> readPlugin(String pluginBody, UnaryOperator<DeclarationElement> wrap)
            throws IOException {
        Path file = Files.createTempFile("declaration", ".xml");
        try {
            Files.writeString(file, "<?xml version='1.0' encoding='UTF-8'?><plugin>" + pluginBody + "</plugin>",
                    StandardCharsets.UTF_8);
            try (StandaloneRegistry registry = new StandaloneRegistry(
                    List.of(corePluginXml(), ContributionFile.at(file.toUri().toURL())))) {
                if (!registry.problems().isEmpty()) {
                    throw new IllegalStateException(registry.problems().toString());
                }
                List<MechanismSpec> specs = new ArrayList<>();
                for (IConfigurationElement e : registry.elementsFor(MechanismRegistry.EXTENSION_POINT)) {
                    specs.add(SpecReader.read(wrap.apply(new ConfigurationElementAdapter(e)), "test", "1"));
                }
                return specs;
            }
        } finally {
            Files.delete(file);
        }
    }

    private static synchronized ContributionFile corePluginXml() throws IOException {
        if (corePluginXml == null) {
            ContributionFile first = ContributionFile.onClassPath(Declarations.class.getClassLoader(),
                    "org.ldnworkbench.core").get(0);
            if (!first.bundle().equals("org.ldnworkbench.core")) {
                throw new IllegalStateException("core's plugin.xml is not on the class path, found " + first);
            }
            corePluginXml = first;
        }
        return corePluginXml;
    }
}
