package org.ldnworkbench.ui.tests.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.ui.internal.editor.pages.NumberText;

class NumberTextTest {
    @Test
    void decimalsAndScientificNotationAreRead() {
        assertEquals(4.5, NumberText.parse(" 4.5 ").value());
        assertEquals(0.5, NumberText.parse(".5").value());
        assertEquals(1e-8, NumberText.parse("1e-8").value());
        assertEquals(-2, NumberText.parse("-2").value());
        assertEquals(0, NumberText.parse("0e-400").value());
        assertEquals(-0.0, NumberText.parse("-0.000").value());
        assertEquals(Double.MIN_VALUE, NumberText.parse("4.9e-324").value());
    }

    @Test
    void whatJavaWouldAlsoParseButNoFileHoldsIsRefusedQuotingTheText() {
        for (String t : new String[] {"NaN", "Infinity", "0x10", "1d", "4,5", "abc", "1e999", "1e-400", "-2.5e-999", ""}) {
            NumberText.Parsed p = NumberText.parse(t);
            assertFalse(p.ok(), t);
            assertTrue(t.isEmpty() || p.problem().contains(t), p.problem());
        }
    }

    @Test
    void numbersAreShownShortWithoutATrailingPointZero() {
        assertEquals("56", NumberText.show(56));
        assertEquals("4.5", NumberText.show(4.5));
        assertEquals("0.0591", NumberText.show(0.0591));
        assertEquals("1e-8", NumberText.show(1e-8));
        assertEquals("1.5e-10", NumberText.show(1.5e-10));
        assertEquals("[0.1, 20]", NumberText.range(0.1, 20));
        assertEquals("[0, inf)", NumberText.range(0, Double.POSITIVE_INFINITY));
    }
}
