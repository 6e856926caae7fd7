package org.ldnworkbench.charts.core;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

/**
 * The colours of a chart's lines, one per scenario (or run) index, repeating past the last. Two palettes: Okabe-Ito,
 * distinguishable by the common forms of colour blindness and the command line's plots' colours; and a high-contrast
 * one of dark, saturated colours for projectors and low vision, also free of red-green pairs next to each other.
 */
public final class ChartPalette {
    /** Name of the Okabe-Ito palette (the default). */
    public static final String OKABE_ITO = "okabe-ito";
    /** Name of the high-contrast palette. */
    public static final String HIGH_CONTRAST = "high-contrast";

    private static final ChartPalette OKABE_ITO_PALETTE = new ChartPalette(OKABE_ITO, 0x0072B2, 0xD55E00, 0x009E73,
            0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000, 0xF0E442);
    private static final ChartPalette HIGH_CONTRAST_PALETTE = new ChartPalette(HIGH_CONTRAST, 0x000000, 0x0044CC,
            0xCC0000, 0x007A00, 0x8800AA, 0xB35900, 0x007C80, 0x555555);

    private final String name;
    private final List<Color> colours;

    private ChartPalette(String name, int... rgbs) {
        this.name = name;
        this.colours = java.util.Arrays.stream(rgbs).mapToObj(Color::new).toList();
    }

    /**
     * @param name {@value #OKABE_ITO} or {@value #HIGH_CONTRAST} (case ignored); anything else, null too, is
     *        {@value #OKABE_ITO}, so that an old or mistyped preference still draws
     */
    public static ChartPalette named(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return HIGH_CONTRAST.equals(n) ? HIGH_CONTRAST_PALETTE : OKABE_ITO_PALETTE;
    }

    /** @return this palette's name, as {@link #named} takes it */
    public String name() {
        return name;
    }

    /** @return the number of colours before they repeat */
    public int size() {
        return colours.size();
    }

    /** @return the colour of line {@code index} (non-negative; repeats every {@link #size()} lines) */
    public Color colour(int index) {
        return colours.get(Math.floorMod(index, colours.size()));
    }

    /** @return {@link #colour}{@code (index)} as {@code 0xRRGGBB}, for SWT legends and tables */
    public int rgb(int index) {
        return colour(index).getRGB() & 0xFFFFFF;
    }
}
