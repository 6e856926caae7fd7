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
    private int kM;
    private int kE;
    private int kR;
    private int gE;
    private int gR;
    private int bigKE;
    private int m;
    private int e;
    private int r;
    private int occupancy;
    private int signaling;
    private int endogenousTone;
    private int receptorDensity;

    /** Public no-argument constructor for the extension registry. */
    public EndogenousRebound() {
        // indices are set by bind
    }

    @Override
    public void bind(MechanismSpec spec) throws MechanismException {
        kM = spec.requireParameter("kM");
        kE = spec.requireParameter("kE");
        kR = spec.requireParameter("kR");
        gE = spec.requireParameter("gE");
        gR = spec.requireParameter("gR");
        bigKE = spec.requireParameter("KE");
        m = spec.requireState("M");
        e = spec.requireState("E");
        r = spec.requireState("R");
        occupancy = spec.requireInput("occupancy");
        signaling = spec.requireOutput("signaling");
        endogenousTone = spec.requireOutput("endogenousTone");
        receptorDensity = spec.requireOutput("receptorDensity");
    }

    @Override
    public void initialState(double[] p, double[] x0) {
        x0[m] = 1;
        x0[e] = 1;
        x0[r] = 1;
    }

    /** S = R (1 - occupancy) E (1 + KE) / (E + KE). */
    private double signaling(double[] x, double[] u, double[] p) {
        double ke = p[bigKE];
        double tone = x[e];
        return x[r] * (1 - u[occupancy]) * tone * (1 + ke) / (tone + ke);
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        double s = signaling(x, u, p);
        double deficit = 1 - x[m];
        dx[m] = p[kM] * (s - x[m]);
        dx[e] = p[kE] * (Math.exp(p[gE] * deficit) - x[e]);
        dx[r] = p[kR] * (Math.exp(p[gR] * deficit) - x[r]);
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        if (index == signaling) {
            return signaling(x, u, p);
        }
        if (index == endogenousTone) {
            return x[e];
        }
        if (index == receptorDensity) {
            return x[r];
        }
        throw new IllegalArgumentException("no continuous output " + index);
    }
}
