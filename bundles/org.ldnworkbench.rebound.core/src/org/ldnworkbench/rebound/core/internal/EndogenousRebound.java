package org.ldnworkbench.rebound.core.internal;

import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;

/**
 * Endogenous opioid rebound ({@code org.ldnworkbench.rebound.endogenous}): a homeostatic feedback in which a slow
 * moderator M follows opioid signalling S, and a signalling deficit up-regulates endogenous opioid tone E
 * (endorphins, enkephalins) and mu receptor density R. All quantities are relative to an untreated baseline of 1:
 *
 * <pre>
 *     S = R * (1 - occupancy) * E*(1+KE)/(E+KE)        (S = 1 untreated)
 *     d M/dt = kM * (S - M)
 *     d E/dt = kE * (exp(gE*(1 - M)) - E)
 *     d R/dt = kR * (exp(gR*(1 - M)) - R)
 *     outputs: signaling S, endogenousTone E, receptorDensity R
 *     initial state M = E = R = 1
 * </pre>
 *
 * With zero occupancy the initial state is an exact equilibrium (S = M = E = R = 1). The signalling output reads the
 * occupancy input directly (feed-through).
 */
public class EndogenousRebound implements Mechanism {
    /* Indices as declared in plugin.xml, checked in bind. */
    private static final int K_M = 0; // parameter kM
    private static final int K_E = 1; // parameter kE
    private static final int K_R = 2; // parameter kR
    private static final int G_E = 3; // parameter gE
    private static final int G_R = 4; // parameter gR
    private static final int BIG_KE = 5; // parameter KE
    private static final int M = 0; // state M
    private static final int E = 1; // state E
    private static final int R = 2; // state R
    private static final int OCCUPANCY = 0; // input occupancy
    private static final int SIGNALING = 0; // output signaling
    private static final int ENDOGENOUS_TONE = 1; // output endogenousTone
    private static final int RECEPTOR_DENSITY = 2; // output receptorDensity

    /** Public no-argument constructor for the extension registry. */
    public EndogenousRebound() {
        // indices are constants, checked against the declaration by bind
    }

    @Override
    public void bind(MechanismSpec spec) throws MechanismException {
        spec.requireParameters("kM", "kE", "kR", "gE", "gR", "KE");
        spec.requireStates("M", "E", "R");
        spec.requireInputs("occupancy");
        spec.requireOutputs("signaling", "endogenousTone", "receptorDensity");
    }

    @Override
    public void initialState(double[] p, double[] x0) {
        x0[M] = 1;
        x0[E] = 1;
        x0[R] = 1;
    }

    /** S = R (1 - occupancy) E (1 + KE) / (E + KE). */
    private double signaling(double[] x, double[] u, double[] p) {
        double ke = p[BIG_KE];
        double tone = x[E];
        return x[R] * (1 - u[OCCUPANCY]) * tone * (1 + ke) / (tone + ke);
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        double s = signaling(x, u, p);
        double deficit = 1 - x[M];
        dx[M] = p[K_M] * (s - x[M]);
        dx[E] = p[K_E] * (Math.exp(p[G_E] * deficit) - x[E]);
        dx[R] = p[K_R] * (Math.exp(p[G_R] * deficit) - x[R]);
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        if (index == SIGNALING) {
            return signaling(x, u, p);
        }
        if (index == ENDOGENOUS_TONE) {
            return x[E];
        }
        if (index == RECEPTOR_DENSITY) {
            return x[R];
        }
        throw new IllegalArgumentException("no continuous output " + index);
    }
}
