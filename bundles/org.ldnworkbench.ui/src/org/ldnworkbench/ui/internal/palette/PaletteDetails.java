package org.ldnworkbench.ui.internal.palette;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.mechanism.PresetSpec;

/**
 * The text of the palette's details area for one entry: what the mechanism models, its inputs and outputs with
 * units (event ports marked), its presets (the default one marked) and who contributes it; for a failed entry,
 * the reason first.
 */
public final class PaletteDetails {
    private PaletteDetails() {
    }

    /**
     * @param entry a palette entry
     * @return its description, one fact per line
     */
    public static String describe(PaletteEntry entry) {
        StringBuilder t = new StringBuilder();
        if (entry.isFailed()) {
            t.append(NLS.bind(Messages.detailsFailed, entry.failure())).append("\n\n");
        }
        MechanismSpec spec = entry.spec();
        if (spec == null) {
            return t.toString().strip();
        }
        t.append(spec.name()).append("  (").append(spec.id()).append(")\n");
        if (!spec.description().isBlank()) {
            t.append(spec.description().strip()).append('\n');
        }
        ports(t, Messages.detailsInputs, spec.inputs());
        ports(t, Messages.detailsOutputs, spec.outputs());
        presets(t, spec.presets());
        if (!spec.contributor().isEmpty()) {
            t.append('\n').append(NLS.bind(Messages.detailsContributor, spec.contributor(), spec.version()));
        }
        return t.toString().strip();
    }

    /**
     * @param port a port
     * @return e.g. {@code Cntx [ng/mL]} or {@code dose [mg, event]}
     */
    public static String port(PortSpec port) {
        return port.isEvent() ? NLS.bind(Messages.portEvent, port.name(), port.unit())
                : NLS.bind(Messages.portContinuous, port.name(), port.unit());
    }

    private static void ports(StringBuilder t, String title, List<PortSpec> ports) {
        t.append('\n').append(title).append('\n');
        if (ports.isEmpty()) {
            t.append("  ").append(Messages.detailsNone).append('\n');
        }
        for (PortSpec p : ports) {
            t.append("  ").append(port(p));
            if (!p.description().isBlank()) {
                t.append(" \u2013 ").append(p.description().strip());
            }
            t.append('\n');
        }
    }

    private static void presets(StringBuilder t, List<PresetSpec> presets) {
        if (presets.isEmpty()) {
            return;
        }
        t.append('\n').append(Messages.detailsPresets).append('\n');
        for (PresetSpec p : presets) {
            t.append("  ").append(p.name());
            if (!p.name().equals(p.id())) {
                t.append(" (").append(p.id()).append(')');
            }
            if (p.isDefault()) {
                t.append(' ').append(Messages.detailsDefaultPreset);
            }
            if (!p.description().isBlank()) {
                t.append(" \u2013 ").append(p.description().strip());
            }
            t.append('\n');
        }
    }
}
