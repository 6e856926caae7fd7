package org.ldnworkbench.ui.internal.runs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.osgi.framework.Bundle;

import com.google.gson.stream.JsonWriter;

/**
 * The {@code versions.json} of a run folder: which engine and which bundles' mechanisms computed it, so that a
 * result can be traced to the code that made it (a model's numbers change with its version).
 */
final class RunVersions {
    /** The bundle of the engine. */
    static final String ENGINE_BUNDLE = "org.ldnworkbench.core";

    private RunVersions() {
    }

    /** @return the engine's version, e.g. {@code 0.1.0.202612011700}, or {@code unknown} outside OSGi */
    static String engineVersion() {
        Bundle b = Platform.getBundle(ENGINE_BUNDLE);
        return b == null ? "unknown" : b.getVersion().toString();
    }

    /** @return summary.json's {@code engine}, as the command line writes it */
    static String engineLabel() {
        return "LDN Workbench " + engineVersion();
    }

    /**
     * @param asRun the pipeline as run
     * @return {@code {"engine": {bundle, version}, "mechanisms": [{id, bundle, version}, ...]}}, one entry per
     *         mechanism the pipeline uses, in node order
     */
    static String json(Pipeline asRun) {
        Set<String> ids = new LinkedHashSet<>();
        for (Node n : asRun.nodes()) {
            ids.add(n.mechanism());
        }
        StringWriter text = new StringWriter();
        try (JsonWriter w = new JsonWriter(text)) {
            w.setIndent("  ");
            w.beginObject();
            w.name("engine").beginObject();
            w.name("bundle").value(ENGINE_BUNDLE).name("version").value(engineVersion());
            w.endObject();
            w.name("mechanisms").beginArray();
            for (String id : ids) {
                MechanismSpec spec = MechanismRegistry.getDefault().spec(id);
                w.beginObject().name("id").value(id);
                w.name("bundle").value(spec == null ? "" : spec.contributor());
                w.name("version").value(spec == null ? "" : spec.version());
                w.endObject();
            }
            w.endArray();
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text + "\n";
    }
}
