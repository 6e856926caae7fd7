package org.ldnworkbench.ui.internal.preferences;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.SimulationSettings;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * The checks of the preference pages' fields. The simulation settings are checked by the engine itself
 * ({@link PipelineCompiler#validate}) on a new pipeline carrying them, so that the pages accept exactly what a run
 * accepts, with the engine's limits and words; each message starts with the field's label so that the user knows
 * which field to correct.
 */
public final class PreferenceChecks {
    /** Plain decimals as pipeline files and the command line write them: 4.5, .5, 1e-8; not 0x1p2, NaN, 1,5. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private PreferenceChecks() {
    }

    /**
     * @param text what the user typed
     * @return the number, or empty when the text is not a plain decimal
     */
    public static Optional<Double> number(String text) {
        String t = text == null ? "" : text.strip();
        return DECIMAL.matcher(t).matches() ? Optional.of(Double.parseDouble(t)) : Optional.empty();
    }

    /**
     * @param label the field's label, e.g. "Relative tolerance"
     * @param text what the user typed
     * @param setting which setting of a new pipeline the value sets: rtol, atol or step
     * @return why a new pipeline with this value (other settings at their defaults) would be refused, or empty
     */
    public static Optional<String> simulationValue(String label, String text, Setting setting) {
        Optional<Double> v = number(text);
        if (v.isEmpty()) {
            return Optional.of(NLS.bind(Messages.notANumber, label, text == null ? "" : text.strip()));
        }
        SimulationSettings s = new SimulationSettings();
        setting.apply(s, v.get());
        return engineProblem(label, s, setting.field());
    }

    private static Optional<String> engineProblem(String label, SimulationSettings settings, String field) {
        Pipeline p = new Pipeline().name("preferences");
        copy(settings, p.simulation());
        List<Problem> problems = new PipelineCompiler(MechanismRegistry.getDefault()).validate(p);
        return problems.stream().filter(pr -> pr.field().equals(field)).findFirst()
                .map(pr -> NLS.bind(Messages.fieldProblem, label, pr.message()));
    }

    static void copy(SimulationSettings from, SimulationSettings to) {
        to.start(from.start()).end(from.end()).step(from.step()).rtol(from.rtol()).atol(from.atol())
                .integrator(from.integrator()).fixedStep(from.fixedStep());
    }

    /**
     * @param label the field's label
     * @param text the folder the user typed
     * @return why it cannot be the project-relative results folder, or empty
     */
    public static Optional<String> resultsFolder(String label, String text) {
        String v = text == null ? "" : text.strip().replace('\\', '/');
        if (v.isEmpty()) {
            return Optional.of(NLS.bind(Messages.folderEmpty, label));
        }
        IPath path = IPath.forPosix(v);
        if (path.isAbsolute() || v.matches("^[A-Za-z]:.*") || v.startsWith("~")) {
            return Optional.of(NLS.bind(Messages.folderAbsolute, label, v));
        }
        for (String segment : path.segments()) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.of(NLS.bind(Messages.folderOutside, label, v));
            }
            IStatus name = ResourcesPlugin.getWorkspace().validateName(segment, IResource.FOLDER);
            if (!name.isOK()) {
                return Optional.of(NLS.bind(Messages.fieldProblem, label, name.getMessage()));
            }
        }
        return Optional.empty();
    }

    /** The settings of a new pipeline a number field sets, with the field name the engine reports problems under. */
    public enum Setting {
        /** Relative tolerance. */
        RTOL("simulation.rtol"),
        /** Absolute tolerance. */
        ATOL("simulation.atol"),
        /** Output step (h). */
        STEP("simulation.step");

        private final String field;

        Setting(String field) {
            this.field = field;
        }

        String field() {
            return field;
        }

        void apply(SimulationSettings s, double v) {
            switch (this) {
                case RTOL -> s.rtol(v);
                case ATOL -> s.atol(v);
                case STEP -> s.step(v);
            }
        }
    }
}
