package org.ldnworkbench.inflammation.core.internal;

import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;

/**
 * Glial activation, TLR4 and cytokines ({@code org.ldnworkbench.inflammation.glia}). Inputs: plasma naltrexone
 * Cntx (ng/mL) and opioid signalling S (relative). A is the activated glial fraction; cytokines are relative to their
 * untreated baseline:
 *
 * <pre>
 *     Cfree_uM = tissuePartition * 0.79 * Cntx / 341.4        (ng/mL / (g/mol) = uM; 79% unbound)
 *     I  = Imax * Cfree_uM^n / (IC50^n + Cfree_uM^n)           (TLR4 antagonism)
 *     A0 = kAct*drive / (kAct*drive + kDeact)                  (untreated activated fraction)
 *     d A/dt    = kAct*drive*(1 - I)*exp(-eOpioid*(S - 1))*(1 - A) - kDeact*A
 *     d TNF/dt  = kTnf  * (A/A0 - TNF)
 *     d IL6/dt  = kIl6  * (A/A0 - IL6)
 *     d IL1b/dt = kIl1b * (A/A0 - IL1b)
 *     outputs: glialActivation A/A0, tnf TNF, il6 IL6, il1b IL1b, tlr4Inhibition I
 *     initial state A = A0, TNF = IL6 = IL1b = 1
 * </pre>
 *
 * At Cntx = 0 and S = 1 the initial state is an equilibrium: every output stays at 1 (tlr4Inhibition at 0). Without
 * inflammatory drive (drive = 0, hence A0 = 0) no glia are ever activated, treated or not, and the ratio A/A0 is
 * taken as 1. Concentrations are read as at least 0. The TLR4 output reads Cntx directly (feed-through).
 */
public class GlialActivation implements Mechanism {
    /** Unbound fraction of naltrexone in plasma. */
    static final double UNBOUND_FRACTION = 0.79;
    /** Molar mass of naltrexone (g/mol): ng/mL divided by it gives uM. */
    static final double NALTREXONE_MOLAR_MASS = 341.4;

    private int drive;
    private int kAct;
    private int kDeact;
    private int ic50;
    private int hill;
    private int imax;
    private int tissuePartition;
    private int eOpioid;
    private int kTnf;
    private int kIl6;
    private int kIl1b;

    private int a;
    private int tnf;
    private int il6;
    private int il1b;

    private int cntx;
    private int signaling;

    private int outActivation;
    private int outTnf;
    private int outIl6;
    private int outIl1b;
    private int outTlr4;

    /** Public no-argument constructor for the extension registry. */
    public GlialActivation() {
        // indices are set by bind
    }

    @Override
    public void bind(MechanismSpec spec) throws MechanismException {
        drive = spec.requireParameter("drive");
        kAct = spec.requireParameter("kAct");
        kDeact = spec.requireParameter("kDeact");
        ic50 = spec.requireParameter("IC50");
        hill = spec.requireParameter("n");
        imax = spec.requireParameter("Imax");
        tissuePartition = spec.requireParameter("tissuePartition");
        eOpioid = spec.requireParameter("eOpioid");
        kTnf = spec.requireParameter("kTnf");
        kIl6 = spec.requireParameter("kIl6");
        kIl1b = spec.requireParameter("kIl1b");
        a = spec.requireState("A");
        tnf = spec.requireState("TNF");
        il6 = spec.requireState("IL6");
        il1b = spec.requireState("IL1b");
        cntx = spec.requireInput("Cntx");
        signaling = spec.requireInput("signaling");
        outActivation = spec.requireOutput("glialActivation");
        outTnf = spec.requireOutput("tnf");
        outIl6 = spec.requireOutput("il6");
        outIl1b = spec.requireOutput("il1b");
        outTlr4 = spec.requireOutput("tlr4Inhibition");
    }

    /** A0 = kAct*drive / (kAct*drive + kDeact). */
    private double baseline(double[] p) {
        double act = p[kAct] * p[drive];
        return act / (act + p[kDeact]);
    }

    /** A/A0, or 1 when there is no drive (A0 = 0). */
    private double relativeActivation(double[] x, double[] p) {
        double a0 = baseline(p);
        return a0 > 0 ? x[a] / a0 : 1;
    }

    /** I = Imax * c^n / (IC50^n + c^n) with c the free concentration in uM. */
    private double inhibition(double[] u, double[] p) {
        double free = p[tissuePartition] * UNBOUND_FRACTION * Math.max(0, u[cntx]) / NALTREXONE_MOLAR_MASS;
        double r = Math.pow(free / p[ic50], p[hill]);
        if (r == Double.POSITIVE_INFINITY) {
            return p[imax];
        }
        return p[imax] * r / (1 + r);
    }

    @Override
    public void initialState(double[] p, double[] x0) {
        x0[a] = baseline(p);
        x0[tnf] = 1;
        x0[il6] = 1;
        x0[il1b] = 1;
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        double inh = inhibition(u, p);
        double opioid = Math.exp(-p[eOpioid] * (u[signaling] - 1));
        double act = x[a];
        dx[a] = p[kAct] * p[drive] * (1 - inh) * opioid * (1 - act) - p[kDeact] * act;
        double rel = relativeActivation(x, p);
        dx[tnf] = p[kTnf] * (rel - x[tnf]);
        dx[il6] = p[kIl6] * (rel - x[il6]);
        dx[il1b] = p[kIl1b] * (rel - x[il1b]);
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        if (index == outActivation) {
            return relativeActivation(x, p);
        }
        if (index == outTnf) {
            return x[tnf];
        }
        if (index == outIl6) {
            return x[il6];
        }
        if (index == outIl1b) {
            return x[il1b];
        }
        if (index == outTlr4) {
            return inhibition(u, p);
        }
        throw new IllegalArgumentException("no continuous output " + index);
    }
}
