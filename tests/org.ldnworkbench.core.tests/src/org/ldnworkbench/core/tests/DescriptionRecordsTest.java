package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.mechanism.PresetSpec;
import org.ldnworkbench.core.mechanism.TableSpec;
import org.ldnworkbench.core.mechanism.ValueRange;
import org.ldnworkbench.core.pipeline.Connection;

/**
 * The description records keep the checks and copies of the classes they replaced: their values cannot be changed
 * through what was passed in or what they return, a preset keeps its declaration order, and a connection is a value
 * (the duplicate-wire check hashes it).
 */
class DescriptionRecordsTest {

    @Test
    void aPresetKeepsItsValuesInDeclarationOrderAndCopiesThem() {
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (int i = 20; i > 0; i--) {
            values.put("p" + i, (double) i);
            order.add("p" + i);
        }
        PresetSpec preset = new PresetSpec("slow", null, null, false, values);
        values.put("p0", 0.0);
        assertEquals(order, List.copyOf(preset.values().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> preset.values().put("p0", 0.0));
        assertEquals("slow", preset.name());
    }

    @Test
    void aTableCopiesItsBoundsAndRefusesAMinimumAboveItsMaximum() {
        double[] min = { 0, 0 };
        TableSpec table = new TableSpec("doses", List.of("time", "amount"), List.of("h", "mg"), min,
                new double[] { 1e6, 1e3 }, null);
        min[1] = 5;
        assertEquals(0, table.min(1));
        assertEquals(1e3, table.max(1));
        assertEquals("time [h], amount [mg]", table.header());
        assertEquals("table 'doses': column 'amount' has min 5.0 above its max 1.0", assertThrows(
                IllegalArgumentException.class, () -> new TableSpec("doses", List.of("time", "amount"),
                        List.of("h", "mg"), new double[] { 0, 5 }, new double[] { 1e6, 1 }, "")).getMessage());
        assertEquals("table 'doses': one minimum per column", assertThrows(IllegalArgumentException.class,
                () -> new TableSpec("doses", List.of("time", "amount"), List.of("h", "mg"), new double[] { 0 }, ""))
                .getMessage());
    }

    @Test
    void aPortCopiesItsFeedthroughAndAnEventPortHasNoRange() {
        List<String> reads = new ArrayList<>(List.of("Cntx"));
        PortSpec out = new PortSpec("I", "-", PortSpec.Kind.CONTINUOUS, null, reads);
        reads.add("S");
        assertEquals(List.of("Cntx"), out.feedthrough());
        assertEquals("", out.description());
        assertEquals("port 'dose': an event port has no value range", assertThrows(IllegalArgumentException.class,
                () -> new PortSpec("dose", "mg", PortSpec.Kind.EVENT, "", List.of(), new ValueRange(0, 1)))
                .getMessage());
    }

    @Test
    void connectionsAreEqualByTheirEnds() {
        assertEquals(Connection.of("pk.Cntx", "receptor.Cntx"), Connection.of("pk.Cntx", "receptor.Cntx"));
        assertEquals(Connection.of("pk.Cntx", "receptor.Cntx").hashCode(),
                Connection.of("pk.Cntx", "receptor.Cntx").hashCode());
        assertEquals("pk.Cntx -> receptor.Cntx", Connection.of("pk.Cntx", "receptor.Cntx").toString());
    }
}
