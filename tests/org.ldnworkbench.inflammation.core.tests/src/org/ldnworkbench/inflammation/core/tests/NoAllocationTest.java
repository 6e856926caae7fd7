package org.ldnworkbench.inflammation.core.tests;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.inflammation.core.InflammationMechanisms;
import org.ldnworkbench.tests.support.Allocations;

/** The right-hand side and the outputs of the mechanism allocate nothing per call. */
class NoAllocationTest {
    @Test
    void derivativesAndOutputsDoNotAllocate() throws Exception {
        Allocations.assertNoAllocation(InflammationMechanisms.GLIA, 0.8);
    }
}
