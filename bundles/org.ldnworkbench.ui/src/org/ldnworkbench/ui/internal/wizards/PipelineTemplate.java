package org.ldnworkbench.ui.internal.wizards;

import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.SimulationSettings;

/**
 * A starting point of the New Pipeline wizard: the empty pipeline, or one of the examples shipped in the bundle's
 * {@code templates} folder.
 *
 * @param fileName the template's file name in the bundle, or empty for the empty pipeline
 * @param name the pipeline's name as its file gives it (for the empty pipeline, what the wizard calls it)
 * @param description what it models
 * @param text the file's text; empty for the empty pipeline, whose text depends on the new file's name
 */
public record PipelineTemplate(String fileName, String name, String description, String text) {
    /** Checks the parts are there. */
    public PipelineTemplate {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(text, "text");
    }

    /** @return the empty pipeline: no nodes, default simulation settings */
    public static PipelineTemplate empty() {
        SimulationSettings d = new SimulationSettings();
        String description = NLS.bind(Messages.templateEmptyDescription, new Object[] {number(d.start()),
            number(d.end()), number(d.step()), number(d.rtol()), number(d.atol())});
        return new PipelineTemplate("", Messages.templateEmptyName, description, "");
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
        return isEmpty() ? PipelineFiles.toText(new Pipeline().name(pipelineName)) : text;
    }
}
