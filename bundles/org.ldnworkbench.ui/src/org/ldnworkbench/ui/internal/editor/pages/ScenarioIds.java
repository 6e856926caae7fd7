package org.ldnworkbench.ui.internal.editor.pages;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.Scenario;

/**
 * Ids of scenarios the user adds or renames: valid by {@link Names#scenarioIdProblem} and unique ignoring case, as
 * the file format requires (each scenario's results go to a folder named by its id, and some file systems ignore
 * case).
 */
public final class ScenarioIds {
    /** The base of a new scenario's id. */
    static final String NEW_BASE = "scenario";
    private static final String COPY_SUFFIX = "-copy";

    private ScenarioIds() {
    }

    /** @return an id for a new scenario: {@code scenario1}, {@code scenario2}, ... the first one free */
    public static String forNew(Pipeline pipeline) {
        return free(pipeline, NEW_BASE, 1);
    }

    /** @return an id for a copy of {@code original}: {@code ldn-copy}, then {@code ldn-copy2}, ... */
    public static String forCopy(Pipeline pipeline, Scenario original) {
        String base = cut(original.id(), COPY_SUFFIX.length()) + COPY_SUFFIX;
        if (Names.scenarioIdProblem(base) != null) {
            return forNew(pipeline); // the original's id is itself invalid (a file being mended)
        }
        return taken(pipeline).contains(lower(base)) ? free(pipeline, base, 2) : base;
    }

    /**
     * @param pipeline the pipeline
     * @param id a candidate id
     * @param except the scenario being renamed (its own id is not taken), or null
     * @return null when the id may name a scenario of the pipeline, otherwise why not, quoting the id
     */
    public static String problem(Pipeline pipeline, String id, Scenario except) {
        String problem = Names.scenarioIdProblem(id);
        if (problem != null) {
            return NLS.bind(Messages.ScenarioIds_invalid, Names.quote(id, 40), problem);
        }
        for (Scenario s : pipeline.scenarios()) {
            if (s != except && s.id().equalsIgnoreCase(id)) {
                return NLS.bind(Messages.ScenarioIds_taken, Names.quote(id, 40), s.id());
            }
        }
        return null;
    }

    private static String free(Pipeline pipeline, String base, int first) {
        Set<String> taken = taken(pipeline);
        for (int i = first;; i++) {
            String suffix = Integer.toString(i);
            String candidate = cut(base, suffix.length()) + suffix;
            if (!taken.contains(lower(candidate)) && Names.scenarioIdProblem(candidate) == null) {
                return candidate;
            }
        }
    }

    /** @return the base shortened so that {@code room} more characters keep it within the id length limit */
    private static String cut(String base, int room) {
        return base.substring(0, Math.min(base.length(), Names.MAX_ID_LENGTH - room));
    }

    private static Set<String> taken(Pipeline pipeline) {
        return pipeline.scenarios().stream().map(s -> lower(s.id())).collect(Collectors.toSet());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
