package org.ldnworkbench.charts.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.charts.core.ChartPalette;

class ChartPaletteTest {
    @Test
    void okabeItoIsTheDefaultAndStartsWithTheCommandLinesBlueAndVermillion() {
        ChartPalette p = ChartPalette.named("okabe-ito");
        assertEquals(0x0072B2, p.rgb(0));
        assertEquals(0xD55E00, p.rgb(1));
        assertEquals(new Color(0, 158, 115), p.colour(2));
        assertEquals("okabe-ito", ChartPalette.named("no-such-palette").name());
        assertEquals("okabe-ito", ChartPalette.named(null).name());
    }

    @Test
    void highContrastHasOtherDistinctColours() {
        ChartPalette hc = ChartPalette.named("high-contrast");
        assertEquals("high-contrast", hc.name());
        assertNotEquals(ChartPalette.named("okabe-ito").rgb(1), hc.rgb(1));
        Set<Integer> distinct = new HashSet<>();
        for (int i = 0; i < hc.size(); i++) {
            distinct.add(hc.rgb(i));
        }
        assertEquals(hc.size(), distinct.size());
    }

    @Test
    void coloursRepeatPastTheLast() {
        ChartPalette p = ChartPalette.named("okabe-ito");
        assertEquals(p.colour(0), p.colour(p.size()));
        assertEquals(p.rgb(3), p.rgb(p.size() + 3));
    }
}
