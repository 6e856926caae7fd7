package org.ldnworkbench.ui.internal.palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PortSpec;

/**
 * The palette's text filter: every word the user typed must occur, ignoring case, in the mechanism's name, id,
 * category, description or one of its port names (so "Cntx" finds the mechanisms that give or take a naltrexone
 * concentration). A failed contribution matches on its reason as well.
 */
public final class PaletteFilter {
    private final List<String> words = new ArrayList<>();

    /**
     * @param query what the user typed; blank matches everything
     */
    public PaletteFilter(String query) {
        for (String w : query.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
    }

    /** @return whether the filter lets everything through */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * @param entry a palette entry
     * @return whether every word of the query occurs in what the entry shows
     */
    public boolean matches(PaletteEntry entry) {
        if (words.isEmpty()) {
            return true;
        }
        String haystack = searchableText(entry);
        return words.stream().allMatch(haystack::contains);
    }

    /**
     * @param group a palette group
     * @return whether at least one of its entries matches
     */
    public boolean matchesAny(PaletteGroup group) {
        return group.entries().stream().anyMatch(this::matches);
    }

    /**
     * @param groups the palette's groups
     * @return the entries that pass the filter, in the order shown
     */
    public List<PaletteEntry> matching(List<PaletteGroup> groups) {
        return groups.stream().flatMap(g -> g.entries().stream()).filter(this::matches).toList();
    }

    private static String searchableText(PaletteEntry entry) {
        StringBuilder text = new StringBuilder();
        MechanismSpec spec = entry.spec();
        if (spec != null) {
            text.append(spec.name()).append('\n').append(spec.id()).append('\n').append(spec.category()).append('\n')
                    .append(spec.description()).append('\n');
            for (PortSpec port : spec.inputs()) {
                text.append(port.name()).append('\n');
            }
            for (PortSpec port : spec.outputs()) {
                text.append(port.name()).append('\n');
            }
        }
        if (entry.failure() != null) {
            text.append(entry.failure());
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
