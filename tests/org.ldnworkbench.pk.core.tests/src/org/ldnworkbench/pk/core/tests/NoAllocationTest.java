package org.ldnworkbench.pk.core.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.internal.engine.AllocationMeter;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.pk.core.PkMechanisms;

/** The right-hand side and the outputs of the mechanism allocate nothing per call. */
class NoAllocationTest {
    @Test
    void derivativesAndOutputsDoNotAllocate() throws Exception {
        MechanismSpec spec = MechanismRegistry.getDefault().spec(PkMechanisms.NALTREXONE);
        double[] u = new double[spec.inputs().size()];
        Arrays.fill(u, 0);
        long allocated = AllocationMeter.mechanismBytes(MechanismRegistry.getDefault().create(PkMechanisms.NALTREXONE), spec, u,
                200_000);
        assertTrue(allocated < 1024, "200000 calls allocated " + allocated + " bytes");
    }
}
