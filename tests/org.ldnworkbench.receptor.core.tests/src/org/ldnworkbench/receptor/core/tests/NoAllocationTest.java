package org.ldnworkbench.receptor.core.tests;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.receptor.core.ReceptorMechanisms;
import org.ldnworkbench.tests.support.Allocations;

/** The right-hand side and the outputs of the mechanism allocate nothing per call. */
class NoAllocationTest {
    @Test
    void derivativesAndOutputsDoNotAllocate() throws Exception {
        Allocations.assertNoAllocation(ReceptorMechanisms.MU, 1.5);
    }
}
