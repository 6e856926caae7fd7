package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * {@code ldnwb list} with a third-party plugin that tries to take one of our mechanism ids and declares another
 * whose class is missing: the list still works (exit 0), our mechanism is listed with our bundle, the plugin's other
 * mechanism is listed too (declarations are read without loading classes), and the refused duplicate is a warning
 * naming both bundles. The registry is one of the test's own, so that the plugin can be listed before ours.
 */
class ListWithBadPluginsTest {
    private static final String OURS = "org.ldnworkbench.pk.core";
    private static final String THEIRS = "com.example.lab.mechanisms";

    private final Object token = new Object();
    private final IExtensionRegistry registry = RegistryFactory.createRegistry(null, token, null);

    @AfterEach
    void stop() {
        registry.stop(token);
    }

    private void contribute(String bundle, String xml) {
        RegistryContributor c = new RegistryContributor(bundle, bundle, null, null);
        assertTrue(registry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), c, false,
                bundle, null, token), bundle);
    }

    private static String mechanism(String id, String bundle) {
        return "<mechanism id=\"" + id + "\" name=\"" + id + " by " + bundle + "\" category=\"PK\" class=\"" + bundle
                + ".NoSuchClass\" description=\"d\"><output name=\"C\" unit=\"mg/L\"/></mechanism>";
    }

    @Test
    void listKeepsWorkingAndWarnsNamingBothBundles() {
        contribute("org.ldnworkbench.core", "<plugin><extension-point id=\"mechanisms\" name=\"Mechanisms\"/></plugin>");
        contribute(THEIRS, "<plugin><extension point=\"org.ldnworkbench.core.mechanisms\">"
                + mechanism("pk.shared", THEIRS) + mechanism("lab.other", THEIRS) + "</extension></plugin>");
        contribute(OURS, "<plugin><extension point=\"org.ldnworkbench.core.mechanisms\">" + mechanism("pk.shared", OURS)
                + "</extension></plugin>");
        CliOutcome o = CliOutcome.run(new MechanismRegistry(registry), "list");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("pk.shared by " + OURS) && !o.out().contains("pk.shared by " + THEIRS), o.out());
        assertTrue(o.out().contains("lab.other by " + THEIRS), o.out());
        assertEquals("warning: mechanism pk.shared from " + THEIRS + " refused: the id is taken by " + OURS,
                o.err().strip());
    }
}
