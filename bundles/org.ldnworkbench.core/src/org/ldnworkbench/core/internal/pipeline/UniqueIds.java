package org.ldnworkbench.core.internal.pipeline;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.ldnworkbench.core.pipeline.Names;

/**
 * Ids of one kind (node ids, scenario ids) that must be unique even when case is ignored: they become file and folder
 * names, and on the case-insensitive file systems of Windows and macOS {@code PK} and {@code pk} are the same folder,
 * so one run's results would silently overwrite the other's. Meant for valid identifiers (ASCII only), for which
 * lower-casing is exact.
 */
final class UniqueIds {
    private record Seen(String id, String field) {
    }

    private final String kind;
    private final Map<String, Seen> byFoldedId = new HashMap<>();

    /** @param kind what the ids are, for messages ("node id") */
    UniqueIds(String kind) {
        this.kind = kind;
    }

    /**
     * @param id an id
     * @param field where it is, for messages about a later clash ({@code nodes[0].id})
     * @return null when no earlier id equals it ignoring case, otherwise the problem
     */
    String add(String id, String field) {
        Seen earlier = byFoldedId.putIfAbsent(id.toLowerCase(Locale.ROOT), new Seen(id, field));
        if (earlier == null) {
            return null;
        }
        if (earlier.id().equals(id)) {
            return "duplicate " + kind + " " + Names.quote(id) + " (also " + earlier.field() + ")";
        }
        return "the " + kind + " " + Names.quote(id) + " differs only in case from " + Names.quote(earlier.id()) + " ("
                + earlier.field() + "); ids must differ in more than case because they name files and folders";
    }
}
