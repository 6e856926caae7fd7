package org.ldnworkbench.pk.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;

/** The naltrexone PK model against its public checkpoints, linearity, mass balance and steady state. */
class NaltrexonePkTest {
    private static final double RATIO = 343.4 / 341.4;

    /** Public checkpoints: single 50 mg dose at t = 0, rtol 1e-9, to 0.5% (values and times of the maxima). */
    @Test
    void singleFiftyMilligramDoseMatchesThePublicCheckpoints() throws Exception {
        Pipeline p = PkPipelines.singleDose(50, 12, 0.001);
        SimulationResult r = PkPipelines.run(p);
        double[] ntx = PkPipelines.peak(r, "pk.Cntx");
        double[] ntxol = PkPipelines.peak(r, "pk.Cntxol");
        // the model gives 16.33 ng/mL at 0.948 h and 112.9 ng/mL at 3.900 h
        assertEquals(16.3, ntx[0], 0.005 * 16.3, "Cntx max");
        assertEquals(0.95, ntx[1], 0.005 * 0.95, "time of Cntx max");
        assertEquals(113, ntxol[0], 0.005 * 113, "Cntxol max");
        assertEquals(3.9, ntxol[1], 0.005 * 3.9, "time of Cntxol max");
    }

    /** The model is linear: every concentration scales exactly with the dose. */
    @Test
    void concentrationsScaleExactlyWithDose() throws Exception {
        Pipeline low = PkPipelines.regimen(4.5, 22, 24, 7, 24 * 8, 0.05);
        Pipeline high = PkPipelines.regimen(50, 22, 24, 7, 24 * 8, 0.05);
        // tight tolerances: the two runs' integration errors (about 5e-12 here) stay far below the 1e-9 asserted
        low.simulation().rtol(1e-12).atol(1e-14);
        high.simulation().rtol(1e-12).atol(1e-14);
        SimulationResult a = PkPipelines.run(low);
        SimulationResult b = PkPipelines.run(high);
        for (String col : new String[] { "pk.Cntx", "pk.Cntxol" }) {
            double[] va = a.column(col);
            double[] vb = b.column(col);
            double worst = 0;
            for (int i = 0; i < a.length(); i++) {
                double scaled = va[i] * 50 / 4.5;
                if (vb[i] == 0) {
                    assertEquals(0.0, va[i], 0.0, col + " before the first dose");
                } else {
                    worst = Math.max(worst, Math.abs(scaled - vb[i]) / vb[i]);
                }
            }
            assertTrue(worst < 1e-9, col + ": worst relative deviation from linearity " + worst);
        }
    }

    /**
     * Every mg of a dose is accounted for. With a single dose D at t = 0 the gut holds exactly D exp(-ka t), so
     * {@code absorbed = D (1 - exp(-ka t))}. The fragment's {@code test.pk.massBalance} node integrates, from the PK
     * outputs alone, the systemic elimination of naltrexone (CL Cntx/1000), a shadow of the peripheral compartment
     * and the elimination of 6-beta-naltrexol (CLm Cntxol/1000). Then, at every time:
     *
     * <pre>
     *     F * absorbed = central + peripheral + elimParent                              (naltrexone)
     *     343.4/341.4 * (fmFirstPass (1-F) absorbed + fmSystemic elimParent)
     *                  = naltrexol + elimNaltrexol                                      (6-beta-naltrexol)
     * </pre>
     *
     * with central = Cntx Vc/1000 and naltrexol = Cntxol Vm/1000. The remaining (1-F) absorbed is the first-pass
     * extraction, so D = gut + central + peripheral + elimParent + (1-F) absorbed. Both sides are integrated by the
     * same solver at rtol 1e-11, so they agree to about 1e-9 of the dose.
     */
    @Test
    void massIsConservedForParentAndMetabolite() throws Exception {
        double d = 50;
        double ka = 3.0, f = 0.4, vc = 1000, fmS = 0.8, fmF = 0.8, vm = 240;
        Pipeline p = PkPipelines.singleDose(d, 120, 0.25);
        p.simulation().rtol(1e-11).atol(1e-14);
        p.add(new Node("balance", "test.pk.massBalance"));
        p.connect("pk.Cntx", "balance.Cntx");
        p.connect("pk.Cntxol", "balance.Cntxol");
        SimulationResult r = PkPipelines.run(p);
        double[] cntx = r.column("pk.Cntx");
        double[] cntxol = r.column("pk.Cntxol");
        double[] elimParent = r.column("balance.elimParent");
        double[] peripheral = r.column("balance.peripheral");
        double[] elimNaltrexol = r.column("balance.elimNaltrexol");
        double worstParent = 0;
        double worstMetabolite = 0;
        for (int i = 0; i < r.length(); i++) {
            double t = r.time()[i];
            double absorbed = d * -Math.expm1(-ka * t);
            double parent = cntx[i] * vc / 1000 + peripheral[i] + elimParent[i];
            double metabolite = cntxol[i] * vm / 1000 + elimNaltrexol[i];
            double formed = RATIO * (fmF * (1 - f) * absorbed + fmS * elimParent[i]);
            worstParent = Math.max(worstParent, Math.abs(parent - f * absorbed) / d);
            worstMetabolite = Math.max(worstMetabolite, Math.abs(metabolite - formed) / d);
        }
        assertTrue(worstParent < 1e-8, "naltrexone balance off by " + worstParent + " of the dose");
        assertTrue(worstMetabolite < 1e-8, "6-beta-naltrexol balance off by " + worstMetabolite + " of the dose");
        // after 120 h nearly all of the systemic naltrexone has been cleared, and most of the metabolite
        int last = r.length() - 1;
        assertTrue(elimParent[last] > 0.9 * f * d, "cleared " + elimParent[last]);
        assertTrue(elimNaltrexol[last] > 0.9 * RATIO * (fmF * (1 - f) * d + fmS * elimParent[last]));
    }

    /** Under repeated dosing the daily peaks settle: the last two days' peaks agree to 1e-6 (relative). */
    @Test
    void repeatedDosingReachesSteadyState() throws Exception {
        int days = 60;
        Pipeline p = PkPipelines.regimen(4.5, 22, 24, days, 24 * days, 0.1);
        RunSummary s = RunSummary.of(PkPipelines.run(p));
        for (String col : new String[] { "pk.Cntx", "pk.Cntxol" }) {
            var d = s.output(col).days();
            double last = d.get(d.size() - 1).max();
            double before = d.get(d.size() - 2).max();
            assertEquals(before, last, 1e-6 * last, col + " daily peaks");
            // accumulation is modest: the slow peripheral phase and the 12 h metabolite half-life
            assertTrue(last > d.get(0).max(), col);
        }
        assertEquals(s.metric("pk.cntxMax").run(), s.output("pk.Cntx").run().max(), 0.0);
    }

    @Test
    void outOfRangeParametersAreRefusedNamingNodeAndParameter() {
        Pipeline p = PkPipelines.singleDose(50, 24, 0.1);
        p.node("pk").parameter("F", 0.7);
        p.node("dosing").parameter("interval", 0.1);
        String msg = assertThrows(CompileException.class, () -> PkPipelines.compile(p)).problems().toString();
        assertTrue(msg.contains("node 'pk'") && msg.contains("F = 0.7") && msg.contains("[0.05, 0.6]"), msg);
        assertTrue(msg.contains("node 'dosing'") && msg.contains("interval = 0.1") && msg.contains("[0.5, 10000.0]"),
                msg);
    }

    @Test
    void noDoseMeansNoDrug() throws Exception {
        SimulationResult r = PkPipelines.run(PkPipelines.regimen(4.5, 22, 24, 0, 48, 0.5));
        for (String col : new String[] { "pk.Cntx", "pk.Cntxol" }) {
            double[] v = r.column(col);
            for (int i = 0; i < r.length(); i++) {
                assertEquals(0.0, v[i], 0.0, col);
            }
        }
    }
}
