package org.ldnworkbench.ui.tests.results;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.runs.RunData;
import org.ldnworkbench.ui.internal.runs.RunDataFactory;
import org.osgi.framework.FrameworkUtil;

/**
 * The default example, ldn-vs-standard (shipped in org.ldnworkbench.ui as a New Pipeline template, a copy of
 * examples/pipelines), simulated with the core API as the Run command does, and made into the run the Results view
 * shows.
 */
final class ExampleRun {
    static final String FILE = "ldn-vs-standard.ldnpipe";
    /** The scenario names of the example: LDN and the standard dose under two receptor hypotheses. */
    static final String LDN = "LDN 4.5 mg 22:00 (PET)";
    static final String STANDARD = "50 mg 08:00 (PET)";

    private ExampleRun() {
    }

    /** @return every scenario of the example, simulated to its end (56 days) */
    static RunData simulate(String label) throws Exception {
        Pipeline pipeline = PipelineFiles.read(new StringReader(text()), FILE);
        List<CompiledPipeline> compiled = new PipelineCompiler(MechanismRegistry.getDefault()).compileAll(pipeline,
                FILE, List.of());
        List<RunSummary> runs = new ArrayList<>();
        for (CompiledPipeline c : compiled) {
            runs.add(RunSummary.of(Simulator.run(c)));
        }
        return RunDataFactory.of(label, pipeline, null, Instant.now(), runs);
    }

    private static String text() throws IOException {
        URL entry = FrameworkUtil.getBundle(UiIds.class).getEntry("templates/" + FILE);
        assertNotNull(entry, "org.ldnworkbench.ui has no templates/" + FILE);
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
