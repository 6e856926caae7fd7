package org.ldnworkbench.pk.core.internal;

import org.ldnworkbench.core.mechanism.EventSource;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;

/**
 * Oral dosing regimen ({@code org.ldnworkbench.pk.oralDosing}): an event source without states. It emits a dose of
 * {@code amount} mg on its event output {@code dose} at
 *
 * <pre>
 *     t_k = firstDose + k * interval,   k = 0, 1, 2, ...  while k &lt; count,
 * </pre>
 *
 * keeping the doses that fall inside the run, start &lt;= t_k &lt;= end, plus the rows (time, amount) of the optional
 * table {@code doses} that fall inside the run. A dose is a discrete event: the simulator applies it at its exact
 * time and never steps over it; doses at the same time add up.
 */
public class OralDosing implements Mechanism, EventSource {
    private int amount;
    private int firstDose;
    private int interval;
    private int count;
    private int dose;
    private int doses;

    /** Public no-argument constructor for the extension registry. */
    public OralDosing() {
        // indices are set by bind
    }

    @Override
    public void bind(MechanismSpec spec) throws MechanismException {
        amount = spec.requireParameter("amount");
        firstDose = spec.requireParameter("firstDose");
        interval = spec.requireParameter("interval");
        count = spec.requireParameter("count");
        dose = spec.requireOutput("dose");
        doses = spec.requireTable("doses");
    }

    @Override
    public void schedule(double start, double end, double[] p, double[][][] tables, Sink sink) {
        schedule(start, end, p, sink);
        for (double[] row : tables[doses]) {
            if (row[0] >= start && row[0] <= end) {
                sink.emit(dose, row[0], row[1]);
            }
        }
    }

    @Override
    public void schedule(double start, double end, double[] p, Sink sink) {
        double d = p[amount];
        double first = p[firstDose];
        double every = p[interval];
        double n = p[count];
        for (int k = 0; k < n; k++) {
            double t = first + k * every;
            if (t > end) {
                break;
            }
            if (t >= start) {
                sink.emit(dose, t, d);
            }
        }
    }
}
