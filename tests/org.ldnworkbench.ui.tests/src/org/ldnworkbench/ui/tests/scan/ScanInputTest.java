package org.ldnworkbench.ui.tests.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.ParameterStatus;
import org.ldnworkbench.ui.internal.scan.ScanInput;
import org.ldnworkbench.ui.internal.scan.ScanValues.Spacing;

/** The scan wizard's range fields: each refusal names the field, as {@code ldnwb scan --range} names its option. */
class ScanInputTest {
    private static final ParameterSpec AMOUNT = new ParameterSpec("amount", "mg", 4.5, 0, 1000,
            ParameterStatus.ASSUMED, "", "Amount of naltrexone per oral dose", "");
    private static final ParameterSpec COUNT = new ParameterSpec("count", "-", 56, 0, 100000,
            ParameterStatus.ASSUMED, "", "", "", true);

    @Test
    void aValidLogRangeGivesItsValues() {
        ScanInput.Checked c = ScanInput.check(AMOUNT, "0.5", "100", "3", Spacing.LOG, 2);
        assertTrue(c.ok(), c.problem());
        assertArrayEquals(new double[] { 0.5, 7.071, 100 }, c.values());
    }

    @Test
    void eachRefusalNamesItsField() {
        assertRefused("From", "From: a log range needs values above 0, got 0",
                ScanInput.check(AMOUNT, "0", "100", "12", Spacing.LOG, 1));
        assertRefused("To", "To: 2000 mg is outside the range of amount, [0, 1000] mg",
                ScanInput.check(AMOUNT, "0.5", "2000", "12", Spacing.LOG, 1));
        assertRefused("From", "From: 'abc' is not a number (write e.g. 4.5, 0.05 or 1e-8); amount takes a number in "
                + "[0, 1000] mg", ScanInput.check(AMOUNT, "abc", "100", "12", Spacing.LINEAR, 1));
        assertRefused("To", "To: 5 is not above From (50)",
                ScanInput.check(AMOUNT, "50", "5", "12", Spacing.LINEAR, 1));
        assertRefused("Points", "Points: must be a whole number from 2 to 10000, got '1'",
                ScanInput.check(AMOUNT, "1", "5", "1", Spacing.LINEAR, 1));
        assertRefused("Points", "Points: must be a whole number from 2 to 10000, got '2.5'",
                ScanInput.check(AMOUNT, "1", "5", "2.5", Spacing.LINEAR, 1));
        assertRefused("From", "From: 2.5 is not a whole number: count is an integer parameter in [0, 100000]",
                ScanInput.check(COUNT, "2.5", "10", "5", Spacing.LINEAR, 1));
    }

    @Test
    void theRunsOfAllScenariosAreLimited() {
        assertRefused("Points", "Points: 10000 values x 20 scenarios make 200000 runs; a scan makes at most 100000",
                ScanInput.check(AMOUNT, "1", "5", "10000", Spacing.LINEAR, 20));
    }

    private static void assertRefused(String field, String message, ScanInput.Checked c) {
        assertEquals(message, c.problem());
        assertEquals(field, c.field());
    }
}
