package org.ldnworkbench.rebound.core.tests;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.rebound.core.ReboundMechanisms;
import org.ldnworkbench.tests.support.Allocations;

/** The right-hand side and the outputs of the mechanism allocate nothing per call. */
class NoAllocationTest {
    @Test
    void derivativesAndOutputsDoNotAllocate() throws Exception {
        Allocations.assertNoAllocation(ReboundMechanisms.ENDOGENOUS, 0.5);
    }
}
