package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.EventSource;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;

public class BolusSource implements Mechanism, EventSource {
    private int amount;
    private int first;
    private int interval;
    private int count;

    @Override
    public void bind(MechanismSpec spec) throws MechanismException {
        amount = spec.requireParameter("amount");
        first = spec.requireParameter("first");
        interval = spec.requireParameter("interval");
        count = spec.requireParameter("count");
    }

    @Override
    public void schedule(double start, double end, double[] p, Sink sink) {
        for (int k = 0; k < p[count]; k++) {
            sink.emit(0, p[first] + k * p[interval], p[amount]);
        }
    }
}
