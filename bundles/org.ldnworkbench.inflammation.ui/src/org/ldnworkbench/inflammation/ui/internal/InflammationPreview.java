package org.ldnworkbench.inflammation.ui.internal;

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
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.inflammation.core.InflammationMechanisms;
import org.ldnworkbench.pk.core.PkMechanisms;

/**
 * What the inflammation editor plots, all from the real mechanisms:
 * <ul>
 * <li>TLR4 inhibition against plasma naltrexone: the glia mechanism's {@code tlr4Inhibition} output (it reads its
 * {@code Cntx} input directly) evaluated by its own class, with the node's values, over concentrations;</li>
 * <li>the plasma ranges of the two regimens of MODELS.md (4.5 mg at 22:00 and 50 mg at 08:00, daily): trough and
 * peak of {@code pk.Cntx} on the last of {@value #RANGE_DAYS} days, from the node's pharmacokinetics (the pk node
 * wired to its {@code Cntx} input, else the defaults) run by the engine;</li>
 * <li>the concentration of half-maximal inhibition, found on the mechanism's own output, and the inhibition at
 * each regimen's peak: the concentration gap the editor states in words;</li>
 * <li>the glial and cytokine response over {@value #RESPONSE_DAYS} days of a regimen, from the chain dosing, pk,
 * receptor, rebound and this node (the user's receptor and rebound nodes when they feed it, else defaults) run by
 * the engine.</li>
 * </ul>
 */
public final class InflammationPreview {
    /** Days of dosing before the plasma range is read: the naltrexone peak is steady after a few days. */
    public static final int RANGE_DAYS = 7;
    /** Days of the cytokine response. */
    public static final int RESPONSE_DAYS = 28;
    /** Lowest and highest plasma concentration of the inhibition curve (ng/mL). */
    public static final double MIN_CONC = 1e-3;
    /** Highest plasma concentration of the inhibition curve (ng/mL). */
    public static final double MAX_CONC = 1e6;
    private static final int CURVE_POINTS = 181;
    private static final double RANGE_STEP = 0.05;
    private static final double RESPONSE_STEP = 0.5;
    private static final String RECEPTOR_ID = "org.ldnworkbench.receptor.mu";
    private static final String REBOUND_ID = "org.ldnworkbench.rebound.endogenous";

    /**
     * A daily oral regimen.
     *
     * @param label its name in legends
     * @param amountMg the dose (mg)
     * @param firstDose clock time of the first dose (h)
     */
    public record Regimen(String label, double amountMg, double firstDose) {
    }

    /** 4.5 mg at 22:00 nightly: LDN. */
    public static final Regimen LDN = new Regimen(Messages.Regimen_ldn, 4.5, 22);
    /** 50 mg at 08:00 daily: the standard dose. */
    public static final Regimen STANDARD = new Regimen(Messages.Regimen_standard, 50, 8);

    /**
     * Plasma naltrexone over the last day of a regimen.
     *
     * @param regimen the regimen
     * @param trough the lowest concentration (ng/mL)
     * @param peak the highest concentration (ng/mL)
     * @param inhibitionAtPeak the TLR4 inhibition the node gives at the peak (fraction)
     */
    public record PlasmaRange(Regimen regimen, double trough, double peak, double inhibitionAtPeak) {
    }

    /**
     * The inhibition curve, the ranges and the gap.
     *
     * @param concentration plasma naltrexone (ng/mL), log-spaced
     * @param inhibition TLR4 inhibition at each (fraction)
     * @param ranges LDN's, then the standard dose's
     * @param halfMaximal the plasma concentration of half the node's maximal inhibition (ng/mL), NaN when it has
     *        none in range
     */
    public record Curve(double[] concentration, double[] inhibition, List<PlasmaRange> ranges, double halfMaximal) {
        /** @return how many times the LDN peak the half-maximal concentration is */
        public double gapToLdn() {
            return halfMaximal / ranges.get(0).peak();
        }
    }

    /**
     * The response over time.
     *
     * @param regimen the regimen
     * @param time hours
     * @param activation glial activation, relative
     * @param tnf TNF, relative
     * @param il6 IL-6, relative
     * @param il1b IL-1beta, relative
     */
    public record Response(Regimen regimen, double[] time, double[] activation, double[] tnf, double[] il6,
            double[] il1b) {
    }

    private final MechanismCatalog catalog;
    private final Node node;
    private final Node pk;
    private final Node receptor;
    private final Node rebound;

    /**
     * @param catalog the installed mechanisms
     * @param pipeline the user's pipeline (copied where used)
     * @param nodeId the inflammation node
     */
    public InflammationPreview(MechanismCatalog catalog, Pipeline pipeline, String nodeId) {
        this.catalog = catalog;
        Node n = pipeline.node(nodeId);
        if (n == null) {
            throw new IllegalArgumentException("The pipeline has no node '" + nodeId + "'");
        }
        node = n.copy().id("inflammation");
        pk = copyOr(feeding(pipeline, nodeId, InflammationMechanisms.CNTX, PkMechanisms.NALTREXONE), "pk",
                PkMechanisms.NALTREXONE);
        Node r = feeding(pipeline, nodeId, InflammationMechanisms.SIGNALING, REBOUND_ID);
        rebound = copyOr(r, "rebound", REBOUND_ID);
        receptor = copyOr(r == null ? null : feeding(pipeline, r.id(), "occupancy", RECEPTOR_ID), "receptor",
                RECEPTOR_ID);
    }

    /** @return the node of the given mechanism wired to input {@code port} of {@code nodeId}, or null */
    private static Node feeding(Pipeline pipeline, String nodeId, String port, String mechanism) {
        for (Connection c : pipeline.connections()) {
            if (c.to().node().equals(nodeId) && c.to().port().equals(port)) {
                Node from = pipeline.node(c.from().node());
                return from != null && from.mechanism().equals(mechanism) ? from : null;
            }
        }
        return null;
    }

    private static Node copyOr(Node n, String id, String mechanism) {
        return n == null ? new Node(id, mechanism) : n.copy().id(id);
    }

    /**
     * @param p the node's parameter values in declaration order (the glia mechanism's)
     * @param monitor cancellation
     * @return the inhibition curve with the plasma ranges and the gap
     */
    public Curve curve(double[] p, IProgressMonitor monitor) throws MechanismException, CompileException,
            SimulationException {
        Inhibition inhibition = new Inhibition(catalog, p);
        double[] c = new double[CURVE_POINTS];
        double[] i = new double[CURVE_POINTS];
        for (int k = 0; k < CURVE_POINTS; k++) {
            c[k] = MIN_CONC * Math.pow(MAX_CONC / MIN_CONC, k / (double) (CURVE_POINTS - 1));
            i[k] = inhibition.at(c[k]);
        }
        List<PlasmaRange> ranges = new ArrayList<>();
        for (Regimen r : List.of(LDN, STANDARD)) {
            double[] range = plasmaRange(r, monitor);
            ranges.add(new PlasmaRange(r, range[0], range[1], inhibition.at(range[1])));
        }
        return new Curve(c, i, ranges, inhibition.halfMaximal());
    }

    /** @return {trough, peak} of plasma naltrexone on the last day of the regimen (ng/mL) */
    private double[] plasmaRange(Regimen r, IProgressMonitor monitor) throws CompileException, SimulationException {
        Pipeline p = new Pipeline().name("plasma range");
        double end = 24.0 * RANGE_DAYS;
        p.simulation().start(0).end(end).step(RANGE_STEP);
        p.add(dosing(r, RANGE_DAYS));
        p.add(pk.copy());
        p.connect("dosing." + PkMechanisms.DOSE, "pk." + PkMechanisms.DOSE);
        SimulationResult result = run(p, monitor);
        double[] cntx = result.column("pk." + PkMechanisms.CNTX);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int k = 0; k < result.length(); k++) {
            if (result.time()[k] >= end - 24) {
                lo = Math.min(lo, cntx[k]);
                hi = Math.max(hi, cntx[k]);
            }
        }
        return new double[] { lo, hi };
    }

    /**
     * @param r the regimen
     * @param monitor cancellation
     * @return the glial and cytokine response of the node to the regimen
     */
    public Response response(Regimen r, IProgressMonitor monitor) throws CompileException, SimulationException {
        Pipeline p = new Pipeline().name("inflammation response");
        p.simulation().start(0).end(24.0 * RESPONSE_DAYS).step(RESPONSE_STEP);
        p.add(dosing(r, RESPONSE_DAYS));
        p.add(pk.copy());
        p.add(receptor.copy());
        p.add(rebound.copy());
        p.add(node.copy());
        p.connect("dosing.dose", "pk.dose");
        p.connect("pk.Cntx", "receptor.Cntx");
        p.connect("pk.Cntxol", "receptor.Cntxol");
        p.connect("receptor.occupancy", "rebound.occupancy");
        p.connect("pk.Cntx", "inflammation." + InflammationMechanisms.CNTX);
        p.connect("rebound.signaling", "inflammation." + InflammationMechanisms.SIGNALING);
        SimulationResult result = run(p, monitor);
        int n = result.length();
        return new Response(r, slice(result.time(), n), column(result, InflammationMechanisms.GLIAL_ACTIVATION, n),
                column(result, InflammationMechanisms.TNF, n), column(result, InflammationMechanisms.IL6, n),
                column(result, InflammationMechanisms.IL1B, n));
    }

    private static Node dosing(Regimen r, int days) {
        return new Node("dosing", PkMechanisms.ORAL_DOSING).parameter("amount", r.amountMg())
                .parameter("firstDose", r.firstDose()).parameter("interval", 24).parameter("count", days);
    }

    private SimulationResult run(Pipeline p, IProgressMonitor monitor) throws CompileException, SimulationException {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        return Simulator.run(new PipelineCompiler(catalog).compile(p, Messages.Preview_source, List.of()), monitor);
    }

    private static double[] column(SimulationResult r, String output, int n) {
        return slice(r.column("inflammation." + output), n);
    }

    private static double[] slice(double[] v, int n) {
        double[] copy = new double[n];
        System.arraycopy(v, 0, copy, 0, n);
        return copy;
    }

    /** The glia mechanism's TLR4 output as a function of plasma naltrexone, from its class. */
    private static final class Inhibition {
        private static final double BISECTION_STEPS = 200;
        private final Mechanism mechanism;
        private final double[] p;
        private final double[] x;
        private final double[] u;
        private final int output;
        private final int cntx;

        Inhibition(MechanismCatalog catalog, double[] p) throws MechanismException {
            MechanismSpec spec = catalog.spec(InflammationMechanisms.GLIA);
            mechanism = catalog.create(InflammationMechanisms.GLIA);
            this.p = p.clone();
            x = new double[spec.states().size()];
            mechanism.initialState(this.p, x);
            u = new double[spec.inputs().size()];
            u[spec.inputIndex(InflammationMechanisms.SIGNALING)] = 1;
            cntx = spec.inputIndex(InflammationMechanisms.CNTX);
            output = spec.outputIndex(InflammationMechanisms.TLR4_INHIBITION);
        }

        double at(double concentration) {
            u[cntx] = concentration;
            return mechanism.output(output, 0, x, u, p);
        }

        /** @return where the output reaches half its value at the highest concentration, by bisection in log */
        double halfMaximal() {
            double half = at(MAX_CONC * 1e3) / 2;
            if (!(half > 0) || at(MAX_CONC) < half) {
                return Double.NaN;
            }
            double lo = Math.log(MIN_CONC * 1e-6);
            double hi = Math.log(MAX_CONC);
            for (int k = 0; k < BISECTION_STEPS && hi - lo > 1e-9; k++) {
                double mid = (lo + hi) / 2;
                if (at(Math.exp(mid)) < half) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return Math.exp((lo + hi) / 2);
        }
    }
}
