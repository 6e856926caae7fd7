package org.ldnworkbench.core.internal.engine;

import java.lang.management.ManagementFactory;
import java.util.function.IntConsumer;

import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PortSpec;

/**
 * Measures the heap bytes the current thread allocates in code that must not allocate (the right-hand side and
 * the mechanisms' outputs), with {@code com.sun.management.ThreadMXBean}. Used by {@code ldnwb bench} and by the
 * no-allocation tests of the engine and of every model bundle.
 */
public final class AllocationMeter {
    private AllocationMeter() {
    }

    /**
     * Calls {@code call} with 0 .. calls-1 once to warm up, then again while counting.
     *
     * @return the bytes allocated by the current thread during the counted pass
     */
    public static long bytes(int calls, IntConsumer call) {
        for (int i = 0; i < calls; i++) {
            call.accept(i);
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(id);
        for (int i = 0; i < calls; i++) {
            call.accept(i);
        }
        return mx.getThreadAllocatedBytes(id) - before;
    }

    /**
     * @return the bytes allocated by {@code calls} calls of {@code derivatives} and of every continuous output of a
     *         mechanism at its default parameters and initial state, with the given inputs
     */
    public static long mechanismBytes(Mechanism m, MechanismSpec spec, double[] u, int calls) {
        double[] p = spec.parameters().stream().mapToDouble(x -> x.defaultValue()).toArray();
        double[] x = new double[spec.states().size()];
        m.initialState(p, x);
        double[] dx = new double[x.length];
        boolean[] continuous = new boolean[spec.outputs().size()];
        for (int o = 0; o < continuous.length; o++) {
            PortSpec port = spec.outputs().get(o);
            continuous[o] = !port.isEvent();
        }
        double[] sink = new double[1];
        long bytes = bytes(calls, i -> {
            double t = i * 1e-3;
            m.derivatives(t, x, u, p, dx);
            for (int o = 0; o < continuous.length; o++) {
                if (continuous[o]) {
                    sink[0] += m.output(o, t, x, u, p);
                }
            }
            sink[0] += dx.length > 0 ? dx[0] : 0;
        });
        if (Double.isNaN(sink[0])) {
            throw new IllegalStateException(spec.id() + " produced NaN while measuring allocation");
        }
        return bytes;
    }
}
