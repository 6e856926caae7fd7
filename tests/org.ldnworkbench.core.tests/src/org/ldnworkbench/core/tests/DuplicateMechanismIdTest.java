package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * A plugin cannot replace or shadow one of our mechanism ids, whichever bundle the extension registry happens to
 * list first: the duplicate is refused and the problem names both contributors. Uses a registry of its own, filled
 * with declarations from a bundle of ours and from a third-party bundle, so that the order can be chosen.
 */
class DuplicateMechanismIdTest {
    private static final String OURS = "org.ldnworkbench.pk.core";
    private static final String THEIRS = "com.example.lab.mechanisms";
    private static final String ID = "pk.oneCompartment";

    private final Object token = new Object();
    private final IExtensionRegistry registry = RegistryFactory.createRegistry(null, token, null);

    @AfterEach
    void stop() {
        registry.stop(token);
    }

    private void contribute(String bundle, String xml) {
        RegistryContributor c = new RegistryContributor(bundle, bundle, null, null);
        boolean added = registry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), c,
                false, bundle, null, token);
        assertTrue(added, bundle);
    }

    private void contributeMechanism(String bundle, String name) {
        contribute(bundle, "<plugin><extension point=\"org.ldnworkbench.core.mechanisms\"><mechanism id=\"" + ID
                + "\" name=\"" + name + "\" category=\"PK\" class=\"" + bundle + ".Mechanism\" description=\"d\">"
                + "<output name=\"C\" unit=\"mg/L\"/></mechanism></extension></plugin>");
    }

    private MechanismRegistry read(String first, String second) {
        contribute("org.ldnworkbench.core", "<plugin><extension-point id=\"mechanisms\" name=\"Mechanisms\"/></plugin>");
        contributeMechanism(first, first);
        contributeMechanism(second, second);
        return new MechanismRegistry(registry);
    }

    private static void assertOursKeptAndBothNamed(MechanismRegistry r) {
        assertEquals(OURS, r.spec(ID).contributor());
        assertEquals(OURS, r.spec(ID).name());
        assertEquals(1, r.all().size());
        List<String> named = r.problems().stream().filter(p -> p.contains(ID)).toList();
        assertEquals(1, named.size(), r.problems().toString());
        assertTrue(named.get(0).contains("from " + THEIRS + " refused") && named.get(0).contains("by " + OURS),
                named.get(0));
    }

    @Test
    void aPluginListedAfterOursIsRefusedNamingBoth() {
        assertOursKeptAndBothNamed(read(OURS, THEIRS));
    }

    @Test
    void aPluginListedBeforeOursCannotShadowIt() {
        assertOursKeptAndBothNamed(read(THEIRS, OURS));
    }
}
