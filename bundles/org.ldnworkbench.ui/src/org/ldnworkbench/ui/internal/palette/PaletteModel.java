package org.ldnworkbench.ui.internal.palette;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.ldnworkbench.core.mechanism.MechanismSpec;

/**
 * Groups the registered mechanisms for the palette: by category (alphabetical; mechanisms without one under
 * "Other", after the named categories), each category's mechanisms by name; quarantined mechanisms stay in their
 * category, marked failed; contributions whose declaration could not be read form a last group, "Failed
 * contributions". Reads declarations only, never creates a mechanism (that would activate its bundle).
 */
public final class PaletteModel {
    private PaletteModel() {
    }

    /**
     * @param specs the registered mechanisms' declarations
     * @param quarantineReason why a mechanism id is quarantined, or null when it is usable
     * @param problems the registry's messages about contributions it skipped or quarantined
     * @return the palette's groups, in the order shown
     */
    public static List<PaletteGroup> build(Collection<MechanismSpec> specs, Function<String, String> quarantineReason,
            List<String> problems) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        Map<String, List<PaletteEntry>> byCategory = new TreeMap<>(collator);
        List<PaletteEntry> uncategorised = new ArrayList<>();
        Set<String> reasonsShown = new HashSet<>();
        for (MechanismSpec spec : specs) {
            String reason = quarantineReason.apply(spec.id());
            if (reason != null) {
                reasonsShown.add(reason);
            }
            PaletteEntry entry = new PaletteEntry(spec, reason);
            String category = spec.category().strip();
            (category.isEmpty() ? uncategorised : byCategory.computeIfAbsent(category, c -> new ArrayList<>()))
                    .add(entry);
        }
        Comparator<PaletteEntry> byName = Comparator.comparing(PaletteEntry::name, collator)
                .thenComparing(PaletteEntry::mechanismId);
        List<PaletteGroup> groups = new ArrayList<>();
        byCategory.forEach((category, entries) -> groups.add(sorted(category, entries, byName)));
        if (!uncategorised.isEmpty()) {
            groups.add(sorted(Messages.groupOther, uncategorised, byName));
        }
        List<PaletteEntry> failed = new ArrayList<>();
        for (String problem : problems) {
            if (!reasonsShown.contains(problem)) {
                failed.add(new PaletteEntry(null, problem));
            }
        }
        if (!failed.isEmpty()) {
            groups.add(new PaletteGroup(Messages.groupFailed, failed));
        }
        return groups;
    }

    private static PaletteGroup sorted(String name, List<PaletteEntry> entries, Comparator<PaletteEntry> order) {
        entries.sort(order);
        return new PaletteGroup(name, entries);
    }
}
