package org.ldnworkbench.ui.tests.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.mechanism.PresetSpec;
import org.ldnworkbench.ui.internal.palette.Messages;
import org.ldnworkbench.ui.internal.palette.PaletteDetails;
import org.ldnworkbench.ui.internal.palette.PaletteEntry;
import org.ldnworkbench.ui.internal.palette.PaletteFilter;
import org.ldnworkbench.ui.internal.palette.PaletteGroup;
import org.ldnworkbench.ui.internal.palette.PaletteModel;

class PaletteModelTest {
    private static final String QUARANTINED = "mechanism x.receptor from x failed to load and is quarantined: boom";

    private static MechanismSpec spec(String id, String name, String category) {
        return new MechanismSpec.Builder(id).name(name).category(category).build();
    }

    private static MechanismSpec receptor() {
        return new MechanismSpec.Builder("x.receptor").name("Mu receptor").category("Receptors")
                .description("Occupancy of mu-opioid receptors")
                .input(new PortSpec("Cntx", "ng/mL", PortSpec.Kind.CONTINUOUS, "naltrexone", List.of()))
                .output(new PortSpec("occupancy", "fraction", PortSpec.Kind.CONTINUOUS, "", List.of()))
                .preset(new PresetSpec("pet", "PET calibrated", "fits PET", true, Map.of()))
                .preset(new PresetSpec("rapid", "", "", false, Map.of())).build();
    }

    private static MechanismSpec dosing() {
        return new MechanismSpec.Builder("x.dosing").name("Oral dosing").category("Pharmacokinetics")
                .output(new PortSpec("dose", "mg", PortSpec.Kind.EVENT, "", List.of())).build();
    }

    @Test
    void categoriesAreAlphabeticalWithOtherAndFailedLastAndNamesSortedWithin() {
        List<PaletteGroup> groups = PaletteModel.build(List.of(spec("b.z", "Zeta", "pk"), spec("b.none", "None", " "),
                spec("b.a", "alpha", "PK"), spec("b.r", "Rec", "Receptors")), id -> null,
                List.of("invalid mechanism declaration in org.bad: missing attribute 'class'"));

        assertEquals(List.of("pk", "Receptors", Messages.groupOther, Messages.groupFailed),
                groups.stream().map(PaletteGroup::name).toList(), "categories ignoring case, then Other, then failed");
        assertEquals(List.of("alpha", "Zeta"), groups.get(0).entries().stream().map(PaletteEntry::name).toList());
        PaletteEntry failed = groups.get(3).entries().get(0);
        assertTrue(failed.isFailed());
        assertNull(failed.spec());
        assertTrue(failed.name().contains("org.bad"), failed.name());
    }

    @Test
    void aQuarantinedMechanismStaysInItsCategoryMarkedFailedAndItsProblemIsNotRepeated() {
        List<PaletteGroup> groups = PaletteModel.build(List.of(receptor(), dosing()),
                id -> id.equals("x.receptor") ? QUARANTINED : null, List.of(QUARANTINED));

        assertEquals(List.of("Pharmacokinetics", "Receptors"), groups.stream().map(PaletteGroup::name).toList());
        PaletteEntry receptor = groups.get(1).entries().get(0);
        assertTrue(receptor.isFailed());
        assertEquals(QUARANTINED, receptor.failure());
        assertFalse(groups.get(0).entries().get(0).isFailed());
        assertTrue(PaletteDetails.describe(receptor).startsWith(
                org.eclipse.osgi.util.NLS.bind(Messages.detailsFailed, QUARANTINED)));
    }

    @Test
    void theFilterFindsPortNamesIdsAndDescriptionsIgnoringCaseAndNeedsEveryWord() {
        PaletteEntry receptor = PaletteEntry.usable(receptor());
        PaletteEntry dosing = PaletteEntry.usable(dosing());

        assertTrue(new PaletteFilter("cntx").matches(receptor), "an input port name");
        assertTrue(new PaletteFilter("OCCUPANCY").matches(receptor), "an output port name, any case");
        assertTrue(new PaletteFilter("x.dosing").matches(dosing), "the id");
        assertTrue(new PaletteFilter("  mu  opioid ").matches(receptor), "every word of the description");
        assertFalse(new PaletteFilter("mu dose").matches(receptor), "one word missing");
        assertFalse(new PaletteFilter("cntx").matches(dosing));
        assertTrue(new PaletteFilter("   ").matches(dosing), "blank lets everything through");
        PaletteGroup group = new PaletteGroup("Receptors", List.of(receptor));
        assertTrue(new PaletteFilter("occupancy").matchesAny(group));
        assertFalse(new PaletteFilter("glia").matchesAny(group));
        assertTrue(new PaletteFilter("quarantined").matches(new PaletteEntry(null, QUARANTINED)),
                "a failed contribution is found by its reason");
    }

    @Test
    void theMatchingEntriesAreThoseOfEveryGroupThatPassTheFilterInTheOrderShown() {
        List<PaletteGroup> groups = PaletteModel.build(List.of(receptor(), dosing(), spec("x.glia", "Glia", "Receptors")),
                id -> null, List.of());

        assertEquals(List.of("x.dosing"), new PaletteFilter("dose").matching(groups).stream()
                .map(PaletteEntry::mechanismId).toList());
        assertEquals(List.of("x.dosing", "x.glia", "x.receptor"), new PaletteFilter("").matching(groups).stream()
                .map(PaletteEntry::mechanismId).toList());
        assertTrue(new PaletteFilter("nothing like it").matching(groups).isEmpty());
    }

    @Test
    void theDetailsGivePortsWithUnitsEventPortsMarkedAndPresetsWithTheDefaultMarked() {
        String receptor = PaletteDetails.describe(PaletteEntry.usable(receptor()));
        assertTrue(receptor.contains("Cntx [ng/mL] \u2013 naltrexone"), receptor);
        assertTrue(receptor.contains("occupancy [fraction]"), receptor);
        assertTrue(receptor.contains("PET calibrated (pet) " + Messages.detailsDefaultPreset + " \u2013 fits PET"),
                receptor);
        assertTrue(receptor.contains("  rapid\n") || receptor.endsWith("  rapid"), receptor);
        assertTrue(receptor.indexOf(Messages.detailsInputs) < receptor.indexOf(Messages.detailsOutputs), receptor);

        String dosing = PaletteDetails.describe(PaletteEntry.usable(dosing()));
        assertTrue(dosing.contains("dose [mg, event]"), dosing);
        assertTrue(dosing.contains(Messages.detailsInputs + "\n  " + Messages.detailsNone), dosing);
        assertFalse(dosing.contains(Messages.detailsPresets), dosing);
    }
}
