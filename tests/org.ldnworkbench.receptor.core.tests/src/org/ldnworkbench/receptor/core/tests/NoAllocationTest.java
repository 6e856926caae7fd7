package org.ldnworkbench.receptor.core.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.receptor.core.ReceptorMechanisms;

/** The right-hand side and the outputs of the mechanism allocate nothing per call. */
class NoAllocationTest {
    @Test
    void derivativesAndOutputsDoNotAllocate() throws Exception {
        MechanismSpec spec = MechanismRegistry.getDefault().spec(ReceptorMechanisms.MU);
        Mechanism m = MechanismRegistry.getDefault().create(ReceptorMechanisms.MU);
        double[] p = spec.parameters().stream().mapToDouble(x -> x.defaultValue()).toArray();
        double[] x = new double[spec.states().size()];
        m.initialState(p, x);
        double[] dx = new double[x.length];
        double[] u = new double[spec.inputs().size()];
        Arrays.fill(u, 1.5);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        double sink = 0;
        for (int round = 0; round < 2; round++) {
            long before = mx.getThreadAllocatedBytes(id);
            for (int i = 0; i < 200_000; i++) {
                m.derivatives(i * 1e-3, x, u, p, dx);
                for (int o = 0; o < spec.outputs().size(); o++) {
                    if (!spec.outputs().get(o).isEvent()) {
                        sink += m.output(o, i * 1e-3, x, u, p);
                    }
                }
                sink += dx[0];
            }
            long allocated = mx.getThreadAllocatedBytes(id) - before;
            if (round == 1) {
                assertTrue(allocated < 1024, "200000 calls allocated " + allocated + " bytes");
            }
        }
        assertTrue(Double.isFinite(sink));
    }
}
