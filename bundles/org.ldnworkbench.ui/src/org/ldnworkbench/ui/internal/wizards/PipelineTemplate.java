package org.ldnworkbench.ui.internal.wizards;

import java.io.StringReader;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.ldnworkbench.core.pipeline.SimulationSettings;

/**
 * A starting point of the New Pipeline wizard: the empty pipeline, or one of the examples shipped in the bundle's
 * {@code templates} folder.
 *
 * @param fileName the template's file name in the bundle, or empty for the empty pipeline
 * @param name the pipeline's name as its file gives it (for the empty pipeline, what the wizard calls it)
 * @param description what it models
 * @param text the file's text; for the empty pipeline a nameless pipeline with its settings, named after the new
 *        file by {@link #contents(String)}
 */
public record PipelineTemplate(String fileName, String name, String description, String text) {
    /** Checks the parts are there. */
    public PipelineTemplate {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(text, "text");
    }

    /** @return the empty pipeline: no nodes, the engine's default simulation settings */
    public static PipelineTemplate empty() {
        return empty(new SimulationSettings());
    }

    /**
     * @param settings the simulation settings the new pipeline starts with (the preferences' for new pipelines)
     * @return the empty pipeline: no nodes, these settings; its text is a nameless pipeline holding them
     */
    public static PipelineTemplate empty(SimulationSettings settings) {
        String description = NLS.bind(Messages.templateEmptyDescription, new Object[] {number(settings.start()),
            number(settings.end()), number(settings.step()), number(settings.rtol()), number(settings.atol()),
            settings.integrator().word()});
        Pipeline p = new Pipeline();
        SimulationSettings s = p.simulation();
        s.start(settings.start()).end(settings.end()).step(settings.step()).rtol(settings.rtol())
                .atol(settings.atol()).integrator(settings.integrator()).fixedStep(settings.fixedStep());
        return new PipelineTemplate("", Messages.templateEmptyName, description, PipelineFiles.toText(p));
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        // 1.0E-8 reads as 1e-8, as pipeline files and the literature write it
        return Double.toString(v).replace(".0E", "E").replace('E', 'e');
    }

    /** @return whether this is the empty pipeline */
    public boolean isEmpty() {
        return fileName.isEmpty();
    }

    /**
     * @param pipelineName the name the empty pipeline gets (the new file's name without extension)
     * @return the text of the new file
     */
    public String contents(String pipelineName) {
        if (!isEmpty()) {
            return text;
        }
        try {
            return PipelineFiles.toText(PipelineFiles.read(new StringReader(text), Messages.templateEmptyName)
                    .name(pipelineName));
        } catch (PipelineFormatException e) {
            // the text was written by empty(settings) from a Pipeline: it always reads back
            throw new IllegalStateException("The empty pipeline's own text does not read: " + e.getMessage(), e);
        }
    }
}
