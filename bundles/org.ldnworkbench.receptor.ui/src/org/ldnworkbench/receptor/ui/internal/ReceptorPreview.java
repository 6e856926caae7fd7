package org.ldnworkbench.receptor.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PresetSpec;
import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.pk.core.PkMechanisms;
import org.ldnworkbench.receptor.core.ReceptorMechanisms;

/**
 * What the receptor editor plots, computed by the real mechanisms: a pipeline of one oral dose into the node's
 * pharmacokinetics (the pk node that feeds the receptor node in the user's pipeline, with its values, or the
 * mechanism's defaults when none does) into a copy of the receptor node (its preset and its own values), compiled and
 * run by the engine. Nothing here restates an equation of the models.
 * <p>
 * Peak occupancy is the highest occupancy within the first {@value #PEAK_HOURS} h after the dose, as in the PET
 * studies and the model's public checkpoints (MODELS.md section 3).
 */
public final class ReceptorPreview {
    /** Hours after the dose within which the peak is taken. */
    public static final double PEAK_HOURS = 8;
    /** Hours the time course covers: long enough to show the occupancy left 48 h after a dose. */
    public static final double COURSE_HOURS = 72;
    /** Lowest and highest dose of the dose-response curve (mg). */
    public static final double MIN_DOSE = 0.5;
    /** Highest dose of the dose-response curve (mg). */
    public static final double MAX_DOSE = 100;
    /** Doses on the dose-response curve. */
    public static final int CURVE_POINTS = 24;

    private static final String DOSING = "dosing";
    private static final String PK = "pk";
    private static final String RECEPTOR = "receptor";
    private static final double COURSE_STEP = 0.25;
    private static final double PEAK_STEP = 0.05;

    /**
     * One line of a chart.
     *
     * @param label the legend's text
     * @param x dose (mg) or time (h)
     * @param y occupancy (fraction)
     * @param chosen whether the line shows the node's own choice (drawn first and solid)
     */
    public record Line(String label, double[] x, double[] y, boolean chosen) {
    }

    /**
     * Both charts.
     *
     * @param dose the single dose of the time course (mg)
     * @param course occupancy over time after that dose, one line per shown preset
     * @param peaks peak occupancy against dose, one line per shown preset
     */
    public record Result(double dose, List<Line> course, List<Line> peaks) {
    }

    private final MechanismCatalog catalog;
    private final Node pk;
    private final Node receptor;

    /**
     * @param catalog the installed mechanisms
     * @param pk the pharmacokinetics node to use (copied), or null for the mechanism's defaults
     * @param receptor the receptor node (copied)
     */
    public ReceptorPreview(MechanismCatalog catalog, Node pk, Node receptor) {
        this.catalog = catalog;
        this.pk = pk == null ? new Node(PK, PkMechanisms.NALTREXONE) : pk.copy().id(PK);
        this.receptor = receptor.copy().id(RECEPTOR);
    }

    /**
     * @param catalog the installed mechanisms
     * @param pipeline the user's pipeline
     * @param receptorNode the id of the receptor node
     * @return a preview of that node, with the pk node wired to its {@code Cntx} input (if any)
     */
    public static ReceptorPreview of(MechanismCatalog catalog, Pipeline pipeline, String receptorNode) {
        Node pk = null;
        for (Connection c : pipeline.connections()) {
            if (c.to().node().equals(receptorNode) && c.to().port().equals(ReceptorMechanisms.CNTX)) {
                pk = pipeline.node(c.from().node());
            }
        }
        Node receptor = pipeline.node(receptorNode);
        if (receptor == null) {
            throw new IllegalArgumentException("The pipeline has no node '" + receptorNode + "'");
        }
        return new ReceptorPreview(catalog, pk, receptor);
    }

    /**
     * @param dose the single dose of the time course (mg)
     * @param bothPresets whether to add a line for each other preset of the mechanism, side by side
     * @param monitor cancellation
     * @return both charts' lines, the node's own first
     * @throws CompileException when the node's values cannot run (named by the compiler)
     * @throws SimulationException when a run fails
     */
    public Result compute(double dose, boolean bothPresets, IProgressMonitor monitor) throws CompileException,
            SimulationException {
        List<Node> variants = variants(bothPresets);
        double[] doses = logDoses(MIN_DOSE, MAX_DOSE, CURVE_POINTS);
        List<Line> course = new ArrayList<>();
        List<Line> peaks = new ArrayList<>();
        for (Node v : variants) {
            boolean chosen = v == variants.get(0);
            String label = label(v);
            SimulationResult r = run(v, dose, COURSE_HOURS, COURSE_STEP, monitor);
            course.add(new Line(label, slice(r.time(), r.length()), slice(occupancy(r), r.length()), chosen));
            double[] peak = new double[doses.length];
            for (int i = 0; i < doses.length; i++) {
                peak[i] = peakOccupancy(v, doses[i], monitor);
            }
            peaks.add(new Line(label, doses, peak, chosen));
        }
        return new Result(dose, course, peaks);
    }

    /**
     * @param dose a single oral dose (mg)
     * @return the highest occupancy within {@value #PEAK_HOURS} h, for the receptor node as it is
     */
    public double peakOccupancy(double dose, IProgressMonitor monitor) throws CompileException,
            SimulationException {
        return peakOccupancy(receptor, dose, monitor);
    }

    private double peakOccupancy(Node variant, double dose, IProgressMonitor monitor) throws CompileException,
            SimulationException {
        SimulationResult r = run(variant, dose, PEAK_HOURS, PEAK_STEP, monitor);
        double[] occupancy = occupancy(r);
        double best = 0;
        for (int i = 0; i < r.length(); i++) {
            best = Math.max(best, occupancy[i]);
        }
        return best;
    }

    /** @return the node as it is, then (when asked) the node under each other preset with its own values kept */
    private List<Node> variants(boolean bothPresets) {
        List<Node> variants = new ArrayList<>();
        variants.add(receptor);
        MechanismSpec spec = catalog.spec(receptor.mechanism());
        if (bothPresets && spec != null) {
            PresetSpec current = receptor.preset() == null ? spec.defaultPreset() : spec.preset(receptor.preset());
            for (PresetSpec p : spec.presets()) {
                if (p != current) {
                    variants.add(receptor.copy().preset(p.id()));
                }
            }
        }
        return variants;
    }

    /** @return the preset's id, or "no preset" */
    private String label(Node variant) {
        MechanismSpec spec = catalog.spec(variant.mechanism());
        PresetSpec p = spec == null ? null
                : variant.preset() == null ? spec.defaultPreset() : spec.preset(variant.preset());
        String name = p == null ? Messages.Preview_noPreset : p.id();
        return variant.parameters().isEmpty() ? name : name + Messages.Preview_withNodeValues;
    }

    private SimulationResult run(Node variant, double dose, double hours, double step, IProgressMonitor monitor)
            throws CompileException, SimulationException {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        Pipeline p = new Pipeline().name("receptor preview");
        p.simulation().start(0).end(hours).step(step);
        p.add(new Node(DOSING, PkMechanisms.ORAL_DOSING).parameter("amount", dose).parameter("firstDose", 0)
                .parameter("interval", 24).parameter("count", 1));
        p.add(pk.copy());
        p.add(variant.copy());
        p.connect(DOSING + "." + PkMechanisms.DOSE, PK + "." + PkMechanisms.DOSE);
        p.connect(PK + "." + PkMechanisms.CNTX, RECEPTOR + "." + ReceptorMechanisms.CNTX);
        p.connect(PK + "." + PkMechanisms.CNTXOL, RECEPTOR + "." + ReceptorMechanisms.CNTXOL);
        return Simulator.run(new PipelineCompiler(catalog).compile(p, Messages.Preview_source, List.of()), monitor);
    }

    private static double[] occupancy(SimulationResult r) {
        return r.column(RECEPTOR + "." + ReceptorMechanisms.OCCUPANCY);
    }

    private static double[] slice(double[] values, int length) {
        double[] copy = new double[length];
        System.arraycopy(values, 0, copy, 0, length);
        return copy;
    }

    /** @return n doses evenly spaced on a log scale from lo to hi, both included */
    public static double[] logDoses(double lo, double hi, int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = lo * Math.pow(hi / lo, i / (double) (n - 1));
        }
        return d;
    }
}
