package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.registry.ClasspathMechanismCatalog;
import org.ldnworkbench.core.registry.MechanismRegistry;

/** The engine without the extension registry: declarations read from plugin.xml/fragment.xml resources. */
class ClasspathCatalogTest {
    @Test
    void fragmentDeclarationsRunThroughThePlainClassPathCatalog() throws Exception {
        ClasspathMechanismCatalog cat = new ClasspathMechanismCatalog(ClasspathCatalogTest.class.getClassLoader());
        assertNotNull(cat.spec("test.oneCompartment"), cat.all().toString());
        assertEquals("mg/L", cat.spec("test.oneCompartment").outputs().get(0).unit());
        SimulationResult viaClasspath = Simulator.run(new PipelineCompiler(cat)
                .compile(Pipelines.oral(100, 0, 24, 1), "t", List.of()));
        SimulationResult viaRegistry = Simulator.run(Pipelines.compile(Pipelines.oral(100, 0, 24, 1)));
        int c = viaRegistry.columnIndex("pk.C");
        for (int i = 0; i < viaRegistry.length(); i++) {
            assertEquals(viaRegistry.column(c)[i], viaClasspath.column(c)[i], 0.0);
        }
    }

    /**
     * Inside OSGi the class path of this fragment sees the same bundles as the platform's registry: the catalog
     * lists the same mechanisms, each with the same contributor (the fragment, not its host) and bundle version, and
     * reports only the declarations the registry refuses, not the other plugin.xml files on the class path.
     */
    @Test
    void theCatalogReadsWhatTheRegistryReads() throws Exception {
        ClasspathMechanismCatalog cat = new ClasspathMechanismCatalog(ClasspathCatalogTest.class.getClassLoader());
        MechanismRegistry registry = MechanismRegistry.getDefault();
        assertEquals(registry.all().stream().map(MechanismSpec::id).toList(),
                cat.all().stream().map(MechanismSpec::id).toList());
        for (MechanismSpec s : registry.all()) {
            MechanismSpec c = cat.spec(s.id());
            assertEquals(List.of(s.name(), s.category(), s.description(), s.contributor(), s.version()),
                    List.of(c.name(), c.category(), c.description(), c.contributor(), c.version()), s.id());
        }
        assertEquals("org.ldnworkbench.core.tests", cat.spec("test.gain").contributor());
        assertEquals(3, cat.problems().size(), cat.problems().toString());
        assertTrue(cat.problems().stream().allMatch(p -> p.contains("fragment.xml: invalid mechanism declaration: "
                + "test.invalid.")), cat.problems().toString());
    }
}
