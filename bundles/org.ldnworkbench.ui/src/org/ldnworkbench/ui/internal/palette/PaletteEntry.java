package org.ldnworkbench.ui.internal.palette;

import org.ldnworkbench.core.mechanism.MechanismSpec;

/**
 * One line of the Mechanism Palette: a mechanism read from its declaration, or a contribution that failed. A
 * failed entry stays in the palette with its reason, so that a user missing a mechanism learns why.
 *
 * @param spec the mechanism's declaration; null for a contribution whose declaration could not be read
 * @param failure why the mechanism cannot be used (quarantined, invalid declaration), or null when it can
 */
public record PaletteEntry(MechanismSpec spec, String failure) {

    /**
     * @param spec the declaration of a usable mechanism
     * @return its entry
     */
    public static PaletteEntry usable(MechanismSpec spec) {
        return new PaletteEntry(java.util.Objects.requireNonNull(spec), null);
    }

    /** @return whether the mechanism cannot be added to a pipeline */
    public boolean isFailed() {
        return failure != null;
    }

    /** @return the mechanism id, or empty for a contribution without a readable declaration */
    public String mechanismId() {
        return spec == null ? "" : spec.id();
    }

    /** @return the name the palette shows: the mechanism's name, or for an unreadable declaration its problem */
    public String name() {
        return spec == null ? failure : spec.name();
    }
}
