package org.ldnworkbench.bench.internal;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.math3.ode.sampling.StepHandler;
import org.apache.commons.math3.ode.sampling.StepInterpolator;
import org.ldnworkbench.core.internal.engine.Plan;

/**
 * The default LDN pipeline (dosing, PK, receptor, rebound, inflammation) written out by hand in one class, with the
 * same integrator, tolerances, piecewise integration between doses and output sampling as the engine. It exists only
 * as the benchmark's reference for the engine's overhead; its parameters are read from a compiled default pipeline
 * so both solve the same problem.
 * <p>
 * It must compute what the models compute, guards included: the receptor model counts only non-negative effect-site
 * concentrations ({@code max(0, Ce)}) and the glia model only a non-negative plasma concentration, so that an
 * integrator's small undershoot below zero is not a negative occupancy or inhibition. A reference without them
 * solved another problem; {@code HandCodedAgreementTest} in the test fragment compares both on every output, on and
 * off the trajectory.
 */
public final class HandCodedLdnPipeline implements FirstOrderDifferentialEquations {
    private static final String PK = "org.ldnworkbench.pk.naltrexone";
    private static final String DOSING = "org.ldnworkbench.pk.oralDosing";
    private static final String RECEPTOR = "org.ldnworkbench.receptor.mu";
    private static final String REBOUND = "org.ldnworkbench.rebound.endogenous";
    private static final String GLIA = "org.ldnworkbench.inflammation.glia";
    /** Recorded outputs, as the engine records them. */
    public static final int OUTPUTS = 11;

    private final double amount, firstDose, interval, count;
    private final double ka, f, cl, vc, q, vp, fmSys, fmFp, clm, vm;
    private final double ke0, ec50ntx, ec50ntxol;
    private final double kM, kE, kR, gE, gR, kEhalf;
    private final double drive, kAct, kDeact, ic50, n, imax, partition, eOpioid, kTnf, kIl6, kIl1b, a0;
    private final double start, end, step, rtol, atol;

    /** Reads every parameter and the simulation settings of a compiled default pipeline. */
    public HandCodedLdnPipeline(Plan plan, double start, double end, double step, double rtol, double atol) {
        amount = plan.parameter(DOSING, "amount");
        firstDose = plan.parameter(DOSING, "firstDose");
        interval = plan.parameter(DOSING, "interval");
        count = plan.parameter(DOSING, "count");
        ka = plan.parameter(PK, "ka");
        f = plan.parameter(PK, "F");
        cl = plan.parameter(PK, "CL");
        vc = plan.parameter(PK, "Vc");
        q = plan.parameter(PK, "Q");
        vp = plan.parameter(PK, "Vp");
        fmSys = plan.parameter(PK, "fmSystemic");
        fmFp = plan.parameter(PK, "fmFirstPass");
        clm = plan.parameter(PK, "CLm");
        vm = plan.parameter(PK, "Vm");
        ke0 = plan.parameter(RECEPTOR, "ke0");
        ec50ntx = plan.parameter(RECEPTOR, "EC50ntx");
        ec50ntxol = plan.parameter(RECEPTOR, "EC50ntxol");
        kM = plan.parameter(REBOUND, "kM");
        kE = plan.parameter(REBOUND, "kE");
        kR = plan.parameter(REBOUND, "kR");
        gE = plan.parameter(REBOUND, "gE");
        gR = plan.parameter(REBOUND, "gR");
        kEhalf = plan.parameter(REBOUND, "KE");
        drive = plan.parameter(GLIA, "drive");
        kAct = plan.parameter(GLIA, "kAct");
        kDeact = plan.parameter(GLIA, "kDeact");
        ic50 = plan.parameter(GLIA, "IC50");
        n = plan.parameter(GLIA, "n");
        imax = plan.parameter(GLIA, "Imax");
        partition = plan.parameter(GLIA, "tissuePartition");
        eOpioid = plan.parameter(GLIA, "eOpioid");
        kTnf = plan.parameter(GLIA, "kTnf");
        kIl6 = plan.parameter(GLIA, "kIl6");
        kIl1b = plan.parameter(GLIA, "kIl1b");
        a0 = kAct * drive / (kAct * drive + kDeact);
        this.start = start;
        this.end = end;
        this.step = step;
        this.rtol = rtol;
        this.atol = atol;
    }

    @Override
    public int getDimension() {
        return 13;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] d) {
        double gut = y[0], central = y[1], periph = y[2], ntxol = y[3];
        double absorb = ka * gut;
        d[0] = -absorb;
        d[1] = f * absorb - (cl / vc + q / vc) * central + (q / vp) * periph;
        d[2] = (q / vc) * central - (q / vp) * periph;
        d[3] = (fmFp * (1 - f) * absorb + fmSys * (cl / vc) * central) * 343.4 / 341.4 - (clm / vm) * ntxol;
        double cntx = 1000 * central / vc;
        double cntxol = 1000 * ntxol / vm;
        d[4] = ke0 * (cntx - y[4]);
        d[5] = ke0 * (cntxol - y[5]);
        double occ = occupancy(y[4], y[5]);
        double m = y[6], e = y[7], r = y[8];
        double s = r * (1 - occ) * e * (1 + kEhalf) / (e + kEhalf);
        d[6] = kM * (s - m);
        d[7] = kE * (Math.exp(gE * (1 - m)) - e);
        d[8] = kR * (Math.exp(gR * (1 - m)) - r);
        double inh = inhibition(cntx);
        double a = y[9];
        d[9] = kAct * drive * (1 - inh) * Math.exp(-eOpioid * (s - 1)) * (1 - a) - kDeact * a;
        double rel = a0 > 0 ? a / a0 : 1; // as the glia model: no drive, no relative change
        d[10] = kTnf * (rel - y[10]);
        d[11] = kIl6 * (rel - y[11]);
        d[12] = kIl1b * (rel - y[12]);
    }

    /** Receptor occupancy from the effect-site concentrations, each counted from 0 up as the receptor model does. */
    private double occupancy(double ceNtx, double ceNtxol) {
        double x = Math.max(0, ceNtx) / ec50ntx + Math.max(0, ceNtxol) / ec50ntxol;
        return x / (1 + x);
    }

    /** TLR4 inhibition from the plasma concentration, counted from 0 up as the glia model does. */
    private double inhibition(double cntx) {
        double cu = partition * 0.79 * Math.max(0, cntx) / 341.4 / ic50;
        double cn = n == 1 ? cu : Math.pow(cu, n);
        return cn == Double.POSITIVE_INFINITY ? imax : imax * cn / (1 + cn);
    }

    /** The recorded outputs of state {@code y}, in the engine's column order; package-visible for the agreement test. */
    void outputs(double[] y, double[] o) {
        double cntx = 1000 * y[1] / vc;
        double cntxol = 1000 * y[3] / vm;
        double occ = occupancy(y[4], y[5]);
        double s = y[8] * (1 - occ) * y[7] * (1 + kEhalf) / (y[7] + kEhalf);
        o[0] = cntx;
        o[1] = cntxol;
        o[2] = occ;
        o[3] = s;
        o[4] = y[7];
        o[5] = y[8];
        o[6] = a0 > 0 ? y[9] / a0 : 1;
        o[7] = y[10];
        o[8] = y[11];
        o[9] = y[12];
        o[10] = inhibition(cntx);
    }

    /** @return the outputs on the grid, [output][time] */
    public double[][] run() {
        int size = (int) Math.floor((end - start) / step * (1 + 1e-12) + 1e-9) + 1;
        double[] grid = new double[size];
        for (int i = 0; i < size; i++) {
            grid[i] = start + i * step;
        }
        double[][] cols = new double[OUTPUTS][size];
        double[] row = new double[OUTPUTS];
        int[] next = { 0 };
        double eps = 1e-9 * step;
        double[] y = new double[13];
        y[6] = 1;
        y[7] = 1;
        y[8] = 1;
        y[9] = a0;
        y[10] = 1;
        y[11] = 1;
        y[12] = 1;
        FirstOrderIntegrator integ = new DormandPrince853Integrator(1e-12 * Math.max(1, end - start), end - start,
                atol, rtol);
        integ.addStepHandler(new StepHandler() {
            @Override
            public void init(double t0, double[] y0, double t) {
                // nothing
            }

            @Override
            public void handleStep(StepInterpolator in, boolean isLast) {
                double tc = in.getCurrentTime();
                while (next[0] < size && grid[next[0]] < tc - eps) {
                    in.setInterpolatedTime(grid[next[0]]);
                    outputs(in.getInterpolatedState(), row);
                    for (int c = 0; c < OUTPUTS; c++) {
                        cols[c][next[0]] = row[c];
                    }
                    next[0]++;
                }
            }
        });
        double t = start;
        int k = 0;
        while (true) {
            while (k < count && firstDose + k * interval <= t && firstDose + k * interval <= end) {
                if (firstDose + k * interval >= start) {
                    y[0] += amount;
                }
                k++;
            }
            while (next[0] < size && grid[next[0]] <= t + eps) {
                outputs(y, row);
                for (int c = 0; c < OUTPUTS; c++) {
                    cols[c][next[0]] = row[c];
                }
                next[0]++;
            }
            double tn = k < count ? Math.min(firstDose + k * interval, end) : end;
            if (tn <= t) {
                break;
            }
            integ.integrate(this, t, y, tn, y);
            t = tn;
        }
        return cols;
    }
}
