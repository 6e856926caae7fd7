package org.ldnworkbench.ui.tests.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.ldnworkbench.core.pipeline.SimulationSettings;
import org.ldnworkbench.ui.internal.wizards.PipelineTemplate;
import org.ldnworkbench.ui.internal.wizards.PipelineTemplates;
import org.osgi.framework.FrameworkUtil;

class PipelineTemplatesTest {
    @Test
    void everyShippedExampleIsOfferedByItsPipelineNameAndDescriptionSortedByName() {
        List<PipelineTemplate> templates = PipelineTemplates.bundled();
        int files = Collections.list(FrameworkUtil.getBundle(PipelineTemplates.class)
                .findEntries(PipelineTemplates.FOLDER, "*.ldnpipe", false)).size();

        assertTrue(files >= 3, "the build copies examples/pipelines into the bundle: " + files);
        assertEquals(files, templates.size());
        for (PipelineTemplate t : templates) {
            assertTrue(t.fileName().endsWith(".ldnpipe"), t.fileName());
            assertFalse(t.name().equals(t.fileName()), "named by the pipeline, not the file: " + t.fileName());
            assertFalse(t.description().isBlank(), t.fileName());
        }
        List<String> names = templates.stream().map(PipelineTemplate::name).toList();
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);
        assertTrue(names.contains("Single 50 mg oral dose"), names.toString());
    }

    @Test
    void aTemplateIsCopiedAsItIsAndReadsBack() throws PipelineFormatException {
        PipelineTemplate t = PipelineTemplates.bundled().get(0);
        assertEquals(t.text(), t.contents("ignored"));
        assertEquals(t.name(), PipelineFiles.read(new StringReader(t.contents("x")), t.fileName()).name());
    }

    @Test
    void theEmptyPipelineIsAValidFileNamedAfterTheNewFileWithDefaultSettingsAndNoNodes()
            throws PipelineFormatException {
        PipelineTemplate empty = PipelineTemplate.empty();
        Pipeline p = PipelineFiles.read(new StringReader(empty.contents("my study")), "my study.ldnpipe");

        assertTrue(empty.isEmpty());
        assertEquals("my study", p.name());
        assertTrue(p.nodes().isEmpty());
        assertTrue(p.connections().isEmpty());
        SimulationSettings defaults = new SimulationSettings();
        assertEquals(defaults.end(), p.simulation().end());
        assertEquals(defaults.step(), p.simulation().step());
        assertTrue(empty.description().contains(Long.toString((long) defaults.end())), empty.description());
    }

    @Test
    void aTemplateThatIsNotAPipelineIsRefused() {
        assertThrows(PipelineFormatException.class, () -> PipelineTemplates.parse("bad.ldnpipe", "{\"nodes\": 3}"));
    }
}
