package org.ldnworkbench.tests.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.ldnworkbench.core.internal.engine.AllocationMeter;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.registry.MechanismRegistry;

/** Assertions that a mechanism's per-call code allocates nothing. */
public final class Allocations {
    private Allocations() {
    }

    /**
     * Asserts that 200,000 calls of derivatives and every continuous output of a registered mechanism, at its default
     * parameters and initial state, allocate (practically) nothing.
     *
     * @param input the value of every input during the calls
     */
    public static void assertNoAllocation(String mechanismId, double input) throws Exception {
        MechanismSpec spec = Declarations.registered(mechanismId);
        double[] u = new double[spec.inputs().size()];
        Arrays.fill(u, input);
        long allocated = AllocationMeter.mechanismBytes(MechanismRegistry.getDefault().create(mechanismId), spec, u,
                200_000);
        assertTrue(allocated < 1024, mechanismId + ": 200000 calls allocated " + allocated + " bytes");
    }
}
