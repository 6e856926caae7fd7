package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.registry.ClasspathMechanismCatalog;

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
}
