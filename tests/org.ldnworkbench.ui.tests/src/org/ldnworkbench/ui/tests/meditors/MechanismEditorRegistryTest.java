package org.ldnworkbench.ui.tests.meditors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.ui.internal.mechanismeditors.MechanismEditorRegistry;

/**
 * The registry's reading rules on a standalone extension registry holding the extension point and hand-made
 * contributions: one editor per mechanism id, the first read wins and the second is reported naming both bundles;
 * a declaration without class is skipped and reported; no class is loaded while reading.
 */
class MechanismEditorRegistryTest {
    private final Object token = new Object();
    private IExtensionRegistry registry;

    @BeforeEach
    void createRegistry() {
        registry = RegistryFactory.createRegistry(null, token, null);
        contribute("org.ldnworkbench.ui", "<plugin><extension-point id=\"mechanismEditors\" name=\"Mechanism Editors\"/>"
                + "</plugin>");
    }

    @AfterEach
    void stop() {
        registry.stop(token);
    }

    private void contribute(String bundle, String xml) {
        boolean added = registry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                ContributorFactorySimple.createContributor(bundle), false, bundle, null, token);
        assertTrue(added, "the registry refused the contribution of " + bundle);
    }

    private void editor(String bundle, String mechanism, String className) {
        contribute(bundle, "<plugin><extension point=\"org.ldnworkbench.ui.mechanismEditors\"><editor mechanism=\""
                + mechanism + "\"" + (className == null ? "" : " class=\"" + className + "\"")
                + " name=\"Editor of " + bundle + "\"/></extension></plugin>");
    }

    @Test
    void theFirstEditorOfAMechanismWinsAndTheSecondIsReportedNamingBoth() {
        editor("bundle.first", "org.example.m", "org.example.first.Editor");
        editor("bundle.second", "org.example.m", "org.example.second.Editor");
        editor("bundle.other", "org.example.other", "org.example.other.Editor");
        MechanismEditorRegistry r = new MechanismEditorRegistry(registry);
        assertEquals("bundle.first", r.contribution("org.example.m").contributor());
        assertEquals("Editor of bundle.first", r.contribution("org.example.m").name());
        assertEquals("bundle.other", r.contribution("org.example.other").contributor());
        assertEquals(List.of("Two editors for mechanism org.example.m: the one of bundle.second is ignored, the one "
                + "of bundle.first is used"), r.problems());
    }

    @Test
    void aDeclarationWithoutClassIsSkippedAndReported() {
        editor("bundle.incomplete", "org.example.m", null);
        MechanismEditorRegistry r = new MechanismEditorRegistry(registry);
        assertNull(r.contribution("org.example.m"));
        assertEquals(List.of("Mechanism editor contribution of bundle.incomplete skipped: it has no class"),
                r.problems());
    }

    @Test
    void aMechanismWithoutContributionGetsNoEditorAndNoProblem() {
        MechanismEditorRegistry.Created created = new MechanismEditorRegistry(registry).create("org.example.none");
        assertNull(created.editor());
        assertNull(created.problem());
    }
}
