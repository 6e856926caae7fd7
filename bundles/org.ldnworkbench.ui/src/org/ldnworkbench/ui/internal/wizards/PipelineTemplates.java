package org.ldnworkbench.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The example pipelines shipped in this bundle's {@code templates} folder (copied from examples/pipelines at build
 * time), each read with {@link PipelineFiles} for its name and description. The New Pipeline wizard offers them,
 * and the welcome page copies them into the "LDN Examples" project.
 */
public final class PipelineTemplates {
    /** The folder of the bundle that holds the templates. */
    public static final String FOLDER = "templates";
    private static final ILog LOG = ILog.of(PipelineTemplates.class);

    private PipelineTemplates() {
    }

    /** @return the bundled templates, by name; a template that does not read is logged and left out */
    public static List<PipelineTemplate> bundled() {
        return list(FrameworkUtil.getBundle(PipelineTemplates.class));
    }

    /**
     * @param bundle the bundle whose {@value #FOLDER} folder holds {@code *.ldnpipe} files
     * @return its templates, by name
     */
    public static List<PipelineTemplate> list(Bundle bundle) {
        List<PipelineTemplate> templates = new ArrayList<>();
        Enumeration<URL> urls = bundle == null ? null : bundle.findEntries(FOLDER, "*." + PipelineFiles.EXTENSION,
                false);
        for (URL url : urls == null ? Collections.<URL>emptyList() : Collections.list(urls)) {
            String fileName = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                templates.add(parse(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException | PipelineFormatException e) {
                LOG.log(Status.warning("Template " + fileName + " of " + bundle.getSymbolicName()
                        + " is not offered: " + e.getMessage(), e));
            }
        }
        Collator collator = Collator.getInstance(Locale.ROOT);
        templates.sort(Comparator.comparing(PipelineTemplate::name, collator));
        return templates;
    }

    /**
     * @param fileName the template's file name
     * @param text its text
     * @return the template, named and described as its pipeline is
     * @throws PipelineFormatException when the text is not a valid pipeline file
     */
    public static PipelineTemplate parse(String fileName, String text) throws PipelineFormatException {
        Pipeline p = PipelineFiles.read(new StringReader(text), fileName);
        String name = p.name().isBlank() ? fileName : p.name();
        return new PipelineTemplate(fileName, name, p.description(), text);
    }
}
