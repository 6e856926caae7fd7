package org.example.ldn.sustainedrelease.internal;

import org.ldnworkbench.core.mechanism.EventSource;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;

/**
 * Sustained-release oral dosing ({@code org.example.ldn.sustainedRelease}): an event source without states that
 * feeds the same port as oral dosing, {@code pk.dose} (the gut compartment). Capsule k is taken at
 * {@code t_k = firstDose + k*interval} (k &lt; count). Of its amount D, the part {@code fIR*D} is released at once;
 * the rest, {@code A = (1-fIR)*D}, is released first-order:
 *
 * <pre>
 *     released(s) = A * (1 - exp(-krel*s))           s = time since the capsule
 *     releaseRate  = sum over capsules taken of A * krel * exp(-krel*(t - t_k))     (mg/h, continuous output)
 * </pre>
 *
 * The PK model takes doses as events, so the release reaches it as slices of width h = releaseStep: slice j carries
 * exactly what is released during [j*h, (j+1)*h], {@code A*(exp(-krel*j*h) - exp(-krel*(j+1)*h))}, and is emitted at
 * the slice's midpoint {@code t_k + (j+0.5)*h}; the last slice also carries the tail below 1e-6 of A, so each capsule
 * delivers exactly D. Gut absorption (ka) smooths the slices into a continuous input.
 */
public class SustainedReleaseDosing implements Mechanism, EventSource {
    /** Fraction of the slow part left undelivered after which the last slice carries the rest. */
    static final double TAIL = 1e-6;
    private int amount;
    private int firstDose;
    private int interval;
    private int count;
    private int immediateFraction;
    private int krel;
    private int releaseStep;
    private int dose;
    private int releaseRate;

    /** Public no-argument constructor for the extension registry. */
    public SustainedReleaseDosing() {
        // indices are set by bind
    }

    @Override
    public void bind(MechanismSpec spec) throws MechanismException {
        amount = spec.requireParameter("amount");
        firstDose = spec.requireParameter("firstDose");
        interval = spec.requireParameter("interval");
        count = spec.requireParameter("count");
        immediateFraction = spec.requireParameter("immediateFraction");
        krel = spec.requireParameter("krel");
        releaseStep = spec.requireParameter("releaseStep");
        dose = spec.requireOutput("dose");
        releaseRate = spec.requireOutput("releaseRate");
    }

    @Override
    public void schedule(double start, double end, double[] p, Sink sink) {
        for (int k = 0; k < p[count]; k++) {
            double taken = p[firstDose] + k * p[interval];
            if (taken > end) {
                break;
            }
            scheduleCapsule(taken, start, end, p, sink);
        }
    }

    private void scheduleCapsule(double taken, double start, double end, double[] p, Sink sink) {
        double immediate = p[immediateFraction] * p[amount];
        double slow = p[amount] - immediate;
        if (immediate > 0 && taken >= start) {
            sink.emit(dose, taken, immediate);
        }
        if (slow <= 0) {
            return;
        }
        double h = p[releaseStep];
        int slices = sliceCount(p[krel], h);
        for (int j = 0; j < slices; j++) {
            double t = taken + (j + 0.5) * h;
            if (t > end) {
                return;
            }
            if (t >= start) {
                sink.emit(dose, t, slow * sliceFraction(p[krel], h, j, slices));
            }
        }
    }

    /** Number of slices after which less than {@link #TAIL} of the slow part is left: at least one. */
    static int sliceCount(double krel, double h) {
        return Math.max(1, (int) Math.ceil(-Math.log(TAIL) / (krel * h)));
    }

    /** Fraction of the slow part released in slice j of n; the last slice takes the rest, so they sum to 1. */
    static double sliceFraction(double krel, double h, int j, int n) {
        double before = Math.exp(-krel * j * h);
        double after = j == n - 1 ? 0 : Math.exp(-krel * (j + 1) * h);
        return before - after;
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        if (index != releaseRate) {
            throw new IllegalArgumentException("no continuous output " + index);
        }
        double slow = (1 - p[immediateFraction]) * p[amount];
        double rate = 0;
        for (int k = 0; k < p[count]; k++) {
            double taken = p[firstDose] + k * p[interval];
            if (taken > t) {
                break;
            }
            rate += slow * p[krel] * Math.exp(-p[krel] * (t - taken));
        }
        return rate;
    }
}
