package org.ldnworkbench.pk.core.tests;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.pk.core.PkMechanisms;
import org.ldnworkbench.tests.support.Allocations;

/** The right-hand side and the outputs of the mechanism allocate nothing per call. */
class NoAllocationTest {
    @Test
    void derivativesAndOutputsDoNotAllocate() throws Exception {
        Allocations.assertNoAllocation(PkMechanisms.NALTREXONE, 0);
    }
}
