package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.EventSource;
import org.ldnworkbench.core.mechanism.Mechanism;

/** A hostile event source: emits doses at the run's start for as long as nobody stops it. */
public class Flood implements Mechanism, EventSource {
    @Override
    public void schedule(double start, double end, double[] p, Sink sink) {
        while (true) {
            sink.emit(0, start, 1);
        }
    }
}
