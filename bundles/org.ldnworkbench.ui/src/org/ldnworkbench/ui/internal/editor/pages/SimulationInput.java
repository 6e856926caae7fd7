package org.ldnworkbench.ui.internal.editor.pages;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.pipeline.Integrator;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.SimulationSettings;

/**
 * The Simulation page's fields as typed, checked together. The time grid's fields depend on each other (the output
 * step must divide end - start), so that a change of span and step needs two fields: the page applies the whole
 * form once it is valid and keeps an invalid text in its field, instead of refusing each field against the others'
 * old values, which could make some settings unreachable one field at a time.
 * <p>
 * The checks are the engine's own: the settings are validated by {@link PipelineCompiler} on a pipeline without
 * nodes, which runs exactly its settings step (span, steps, tolerances, against its public limits); then the size of
 * what a run of this pipeline records ({@link PipelineCompiler#MAX_RECORDED_VALUES} per run,
 * {@link PipelineCompiler#MAX_RUN_RECORDED_VALUES} for all scenarios), which depends on the nodes' outputs.
 *
 * @param start start of the run (h), as typed
 * @param end end of the run (h), as typed
 * @param step output step (h), as typed
 * @param rtol relative tolerance, as typed
 * @param atol absolute tolerance, as typed
 * @param integrator the chosen integrator
 * @param fixedStep the RK4 step (h), as typed
 */
public record SimulationInput(String start, String end, String step, String rtol, String atol, Integrator integrator,
        String fixedStep) {

    /** The fields of the form, for naming the one a problem is about. */
    public enum Field {
        /** Start of the run. */
        START,
        /** End of the run. */
        END,
        /** Output step. */
        STEP,
        /** Relative tolerance. */
        RTOL,
        /** Absolute tolerance. */
        ATOL,
        /** Fixed step of RK4. */
        FIXED_STEP,
        /** The run as a whole (its size). */
        RUN
    }

    /**
     * The outcome of a check: the settings to apply, or the problem of every field the engine would refuse.
     *
     * @param settings the checked settings, or null when refused
     * @param problems each refused field's problem, in the form's order; empty when the settings are valid
     */
    public record Checked(SimulationSettings settings, Map<Field, String> problems) {
        /** Keeps the problems in the form's order. */
        public Checked {
            Map<Field, String> ordered = new EnumMap<>(Field.class);
            ordered.putAll(problems);
            problems = Collections.unmodifiableMap(ordered);
        }

        /** @return whether the settings may be applied */
        public boolean ok() {
            return problems.isEmpty();
        }

        /** @return the first refused field in the form's order, or null */
        public Field field() {
            return problems.isEmpty() ? null : problems.keySet().iterator().next();
        }

        /** @return the first refused field's problem, or null when the settings are valid */
        public String problem() {
            return problems.isEmpty() ? null : problems.values().iterator().next();
        }
    }

    /**
     * @param s settings
     * @return the form showing them
     */
    public static SimulationInput of(SimulationSettings s) {
        return new SimulationInput(NumberText.show(s.start()), NumberText.show(s.end()), NumberText.show(s.step()),
                NumberText.show(s.rtol()), NumberText.show(s.atol()), s.integrator(), NumberText.show(s.fixedStep()));
    }

    /**
     * @param pipeline the pipeline the settings are for (its nodes' outputs size the run)
     * @param catalog the installed mechanisms
     * @return the settings, or the problem of each refused field, naming the field and the limit
     */
    public Checked check(Pipeline pipeline, MechanismCatalog catalog) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        SimulationSettings now = pipeline.simulation();
        double[] values = {now.start(), now.end(), now.step(), now.rtol(), now.atol(), now.fixedStep()};
        String[] texts = {start, end, step, rtol, atol, fixedStep};
        Field[] fields = {Field.START, Field.END, Field.STEP, Field.RTOL, Field.ATOL, Field.FIXED_STEP};
        for (int i = 0; i < texts.length; i++) {
            if (fields[i] == Field.FIXED_STEP && integrator != Integrator.RK4 && texts[i].isBlank()) {
                continue;
            }
            NumberText.Parsed parsed = NumberText.parse(texts[i]);
            if (parsed.ok()) {
                values[i] = parsed.value();
            } else { // the pipeline's value stands in, so that the other fields are still checked
                problems.put(fields[i], NLS.bind(Messages.SimulationInput_field, label(fields[i]), parsed.problem()));
            }
        }
        SimulationSettings s = new SimulationSettings().integrator(integrator).start(values[0]).end(values[1])
                .step(values[2]).rtol(values[3]).atol(values[4]).fixedStep(values[5]);
        for (Problem p : new PipelineCompiler(catalog).validate(new Pipeline().simulation(s.copy()))) {
            Field f = fieldOf(p.field());
            if (f != null && !problems.containsKey(f)) {
                problems.put(f, NLS.bind(Messages.SimulationInput_field, label(f), p.message()));
            }
        }
        if (problems.isEmpty()) {
            String size = runSizeProblem(pipeline, s, catalog);
            if (size != null) {
                problems.put(Field.RUN, size);
            }
        }
        return new Checked(problems.isEmpty() ? s : null, problems);
    }

    /**
     * @return the number of continuous outputs the pipeline's nodes record at each grid point (nodes of unknown
     *         mechanisms count none)
     */
    static int recordedOutputs(Pipeline pipeline, MechanismCatalog catalog) {
        int n = 0;
        for (Node node : pipeline.nodes()) {
            MechanismSpec spec = catalog.spec(node.mechanism());
            if (spec != null) {
                n += (int) spec.outputs().stream().filter(o -> !o.isEvent()).count();
            }
        }
        return n;
    }

    private static String runSizeProblem(Pipeline pipeline, SimulationSettings s, MechanismCatalog catalog) {
        int outputs = Math.max(1, recordedOutputs(pipeline, catalog));
        double perRun = s.gridPoints() * outputs;
        if (perRun > PipelineCompiler.MAX_RECORDED_VALUES) {
            return NLS.bind(Messages.SimulationInput_runTooLarge, new Object[] {count(perRun),
                    count(s.gridPoints()), outputs, count(PipelineCompiler.MAX_RECORDED_VALUES)});
        }
        int runs = Math.max(1, pipeline.scenarios().size());
        if (runs > 1 && perRun * runs > PipelineCompiler.MAX_RUN_RECORDED_VALUES) {
            return NLS.bind(Messages.SimulationInput_scenariosTooLarge, new Object[] {count(perRun * runs), runs,
                    count(PipelineCompiler.MAX_RUN_RECORDED_VALUES)});
        }
        return null;
    }

    private static Field fieldOf(String problemField) {
        return switch (problemField) {
        case "simulation.start" -> Field.START;
        case "simulation.end" -> Field.END;
        case "simulation.step" -> Field.STEP;
        case "simulation.rtol" -> Field.RTOL;
        case "simulation.atol" -> Field.ATOL;
        case "simulation.fixedStep" -> Field.FIXED_STEP;
        default -> problemField.startsWith("simulation") ? Field.RUN : null;
        };
    }

    /** @return the field's label as the page shows it */
    public static String label(Field f) {
        return switch (f) {
        case START -> Messages.SimulationPage_start;
        case END -> Messages.SimulationPage_end;
        case STEP -> Messages.SimulationPage_step;
        case RTOL -> Messages.SimulationPage_rtol;
        case ATOL -> Messages.SimulationPage_atol;
        case FIXED_STEP -> Messages.SimulationPage_fixedStep;
        case RUN -> Messages.SimulationPage_run;
        };
    }

    /** @return a count for messages, grouped in thousands: {@code 13,441} */
    static String count(double n) {
        return n < 1e15 ? String.format(java.util.Locale.ROOT, "%,d", (long) n) : NumberText.show(n);
    }

    /**
     * @param pipeline the pipeline
     * @param s its settings
     * @param catalog the installed mechanisms
     * @return what a run records, e.g. {@code 13,441 time points x 12 outputs = 161,292 values per run, 4 runs (one
     *         per scenario)}
     */
    public static String runSize(Pipeline pipeline, SimulationSettings s, MechanismCatalog catalog) {
        double points = s.gridPoints();
        if (!(points >= 1 && points <= PipelineCompiler.MAX_GRID_POINTS)) {
            return NLS.bind(Messages.SimulationInput_noGrid, NumberText.show(points));
        }
        int outputs = recordedOutputs(pipeline, catalog);
        return NLS.bind(Messages.SimulationInput_runSize, new Object[] {count(points), outputs,
                count(points * Math.max(1, outputs)), Math.max(1, pipeline.scenarios().size())});
    }
}
