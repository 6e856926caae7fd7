package org.ldnworkbench.ui.internal.palette;

import java.util.List;

/**
 * A category of the Mechanism Palette with its entries, in the order shown.
 *
 * @param name the category as the user reads it
 * @param entries its mechanisms, by name
 */
public record PaletteGroup(String name, List<PaletteEntry> entries) {
    /** Copies the entries. */
    public PaletteGroup {
        entries = List.copyOf(entries);
    }
}
