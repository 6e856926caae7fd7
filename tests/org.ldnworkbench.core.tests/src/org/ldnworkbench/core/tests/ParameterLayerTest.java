package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.pipeline.ParameterLayer;

/**
 * A layer from outside the file keeps its values in the order given (summary.json and the printed footnote list
 * the overrides in command-line order) and cannot change after it was handed to the compiler.
 */
class ParameterLayerTest {
    @Test
    void valuesKeepTheOrderGivenAndAreACopy() {
        Map<String, Double> given = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (int i = 40; i > 0; i--) {
            keys.add("n" + i + ".p" + (i * 7 % 13));
            given.put(keys.get(keys.size() - 1), (double) i);
        }
        ParameterLayer layer = ParameterLayer.commandLine(Map.of(), given);
        given.clear();
        assertEquals(keys, List.copyOf(layer.values().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> layer.values().put("a.b", 1.0));
        assertEquals("command line", layer.origin());
    }

    @Test
    void aScanValueNamesItselfAsMessagesQuoteIt() {
        ParameterLayer layer = ParameterLayer.scanValue("dosing.amount", 4.5);
        assertEquals("scan value dosing.amount = 4.5", layer.origin());
        assertEquals(Map.of("dosing.amount", 4.5), layer.values());
        assertThrows(IllegalArgumentException.class, () -> new ParameterLayer(" ", Map.of(), Map.of()));
    }
}
