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
    /* Indices as declared in plugin.xml, checked in bind. */
    private static final int DRIVE = 0; // parameter drive
    private static final int K_ACT = 1; // parameter kAct
    private static final int K_DEACT = 2; // parameter kDeact
    private static final int IC50 = 3; // parameter IC50
    private static final int HILL = 4; // parameter n
    private static final int IMAX = 5; // parameter Imax
    private static final int TISSUE_PARTITION = 6; // parameter tissuePartition
    private static final int E_OPIOID = 7; // parameter eOpioid
    private static final int K_TNF = 8; // parameter kTnf
    private static final int K_IL6 = 9; // parameter kIl6
    private static final int K_IL1B = 10; // parameter kIl1b
    private static final int A = 0; // state A
    private static final int TNF = 1; // state TNF
    private static final int IL6 = 2; // state IL6
    private static final int IL1B = 3; // state IL1b
    private static final int CNTX = 0; // input Cntx
    private static final int SIGNALING = 1; // input signaling
    private static final int OUT_ACTIVATION = 0; // output glialActivation
    private static final int OUT_TNF = 1; // output tnf
    private static final int OUT_IL6 = 2; // output il6
    private static final int OUT_IL1B = 3; // output il1b
    private static final int OUT_TLR4 = 4; // output tlr4Inhibition
    /** Unbound fraction of naltrexone in plasma. */
    static final double UNBOUND_FRACTION = 0.79;
    /** Molar mass of naltrexone (g/mol): ng/mL divided by it gives uM. */
    static final double NALTREXONE_MOLAR_MASS = 341.4;
    /** Public no-argument constructor for the extension registry. */
    public GlialActivation() {
        // indices are constants, checked against the declaration by bind
    }

    @Override
    public void bind(MechanismSpec spec) throws MechanismException {
        spec.requireParameters("drive", "kAct", "kDeact", "IC50", "n", "Imax", "tissuePartition", "eOpioid", "kTnf",
                "kIl6", "kIl1b");
        spec.requireStates("A", "TNF", "IL6", "IL1b");
        spec.requireInputs("Cntx", "signaling");
        spec.requireOutputs("glialActivation", "tnf", "il6", "il1b", "tlr4Inhibition");
    }

    /** A0 = kAct*drive / (kAct*drive + kDeact). */
    private double baseline(double[] p) {
        double act = p[K_ACT] * p[DRIVE];
        return act / (act + p[K_DEACT]);
    }

    /** A/A0, or 1 when there is no drive (A0 = 0). */
    private double relativeActivation(double[] x, double[] p) {
        double a0 = baseline(p);
        return a0 > 0 ? x[A] / a0 : 1;
    }

    /** I = Imax * c^n / (IC50^n + c^n) with c the free concentration in uM. */
    private double inhibition(double[] u, double[] p) {
        double free = p[TISSUE_PARTITION] * UNBOUND_FRACTION * Math.max(0, u[CNTX]) / NALTREXONE_MOLAR_MASS;
        double ratio = free / p[IC50];
        double hill = p[HILL];
        // c^1 is c exactly (Math.pow's own contract): the default Hill coefficient skips a 20 ns pow per call
        double r = hill == 1 ? ratio : Math.pow(ratio, hill);
        if (r == Double.POSITIVE_INFINITY) {
            return p[IMAX];
        }
        return p[IMAX] * r / (1 + r);
    }

    @Override
    public void initialState(double[] p, double[] x0) {
        x0[A] = baseline(p);
        x0[TNF] = 1;
        x0[IL6] = 1;
        x0[IL1B] = 1;
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        double inh = inhibition(u, p);
        double opioid = Math.exp(-p[E_OPIOID] * (u[SIGNALING] - 1));
        double act = x[A];
        dx[A] = p[K_ACT] * p[DRIVE] * (1 - inh) * opioid * (1 - act) - p[K_DEACT] * act;
        double rel = relativeActivation(x, p);
        dx[TNF] = p[K_TNF] * (rel - x[TNF]);
        dx[IL6] = p[K_IL6] * (rel - x[IL6]);
        dx[IL1B] = p[K_IL1B] * (rel - x[IL1B]);
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        if (index == OUT_ACTIVATION) {
            return relativeActivation(x, p);
        }
        if (index == OUT_TNF) {
            return x[TNF];
        }
        if (index == OUT_IL6) {
            return x[IL6];
        }
        if (index == OUT_IL1B) {
            return x[IL1B];
        }
        if (index == OUT_TLR4) {
            return inhibition(u, p);
        }
        throw new IllegalArgumentException("no continuous output " + index);
    }
}
