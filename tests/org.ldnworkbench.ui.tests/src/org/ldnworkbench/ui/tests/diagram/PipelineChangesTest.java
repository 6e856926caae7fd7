package org.ldnworkbench.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.ui.internal.editor.model.PipelineChanges;

class PipelineChangesTest {
    /** dosing -> pk -> receptor, laid out, with a scenario that sets a value and a preset of pk and receptor. */
    private static Pipeline chain() {
        Pipeline p = new Pipeline().add(new Node("dosing", "m.dosing")).add(new Node("pk", "m.pk"))
                .add(new Node("receptor", "m.receptor")).connect("dosing.dose", "pk.dose")
                .connect("pk.Cntx", "receptor.Cntx");
        p.layout().put("dosing", new double[] { 0, 0 });
        p.layout().put("pk", new double[] { 200, 0 });
        p.layout().put("receptor", new double[] { 400, 0 });
        Scenario s = new Scenario("high", "High");
        s.parameters().put("pk.ka", 2.0);
        s.parameters().put("pkx.ka", 3.0);
        s.parameters().put("dosing.amount", 50.0);
        s.presets().put("pk", "fast");
        s.presets().put("receptor", "pet");
        p.scenarios().add(s);
        return p;
    }

    @Test
    void aRenamedNodeTakesItsWiresLayoutAndScenarioValuesAlong() {
        Pipeline p = chain();
        PipelineChanges.rename(p, "pk", "kinetics");
        assertNull(p.node("pk"));
        assertEquals("m.pk", p.node("kinetics").mechanism());
        assertEquals(List.of(Connection.of("dosing.dose", "kinetics.dose"), Connection.of("kinetics.Cntx",
                "receptor.Cntx")), p.connections());
        assertArrayEquals(new double[] { 200, 0 }, p.layout().get("kinetics"));
        assertFalse(p.layout().containsKey("pk"));
        Scenario s = p.scenarios().get(0);
        assertEquals(List.of("kinetics.ka", "pkx.ka", "dosing.amount"), List.copyOf(s.parameters().keySet()));
        assertEquals(Map.of("kinetics", "fast", "receptor", "pet"), s.presets());
    }

    @Test
    void aRenameToAnInvalidOrTakenIdIsRefusedAndChangesNothing() {
        Pipeline p = chain();
        String before = PipelineFiles.toText(p);
        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
                () -> PipelineChanges.rename(p, "pk", "Receptor"));
        assertTrue(taken.getMessage().contains("taken"), taken.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PipelineChanges.rename(p, "pk", "a b"));
        assertEquals(before, PipelineFiles.toText(p));
    }

    @Test
    void removedNodesTakeTheirWiresLayoutAndScenarioValuesAlong() {
        Pipeline p = chain();
        PipelineChanges.removeNodes(p, List.of("pk"));
        assertEquals(List.of("dosing", "receptor"), p.nodes().stream().map(Node::id).toList());
        assertTrue(p.connections().isEmpty(), p.connections().toString());
        assertEquals(List.of("dosing", "receptor"), List.copyOf(p.layout().keySet()));
        Scenario s = p.scenarios().get(0);
        assertEquals(List.of("pkx.ka", "dosing.amount"), List.copyOf(s.parameters().keySet()));
        assertEquals(Map.of("receptor", "pet"), s.presets());
    }

    @Test
    void anAddedNodeHasItsPlaceInTheLayoutAndATakenIdIsRefused() {
        Pipeline p = chain();
        PipelineChanges.addNode(p, "rebound", "m.rebound", 600, 40);
        assertEquals("m.rebound", p.node("rebound").mechanism());
        assertArrayEquals(new double[] { 600, 40 }, p.layout().get("rebound"));
        assertThrows(IllegalArgumentException.class, () -> PipelineChanges.addNode(p, "PK", "m.pk", 0, 0));
    }

    @Test
    void connectAddsAWireOnceAndDisconnectRemovesIt() {
        Pipeline p = chain();
        Connection wire = Connection.of("pk.Cntxol", "receptor.Cntxol");
        PipelineChanges.connect(p, wire);
        assertTrue(p.connections().contains(wire));
        assertThrows(IllegalArgumentException.class, () -> PipelineChanges.connect(p, wire));
        assertThrows(IllegalArgumentException.class,
                () -> PipelineChanges.connect(p, Connection.of("pk.Cntx", "nowhere.Cntx")));
        PipelineChanges.disconnect(p, List.of(wire));
        assertFalse(p.connections().contains(wire));
    }

    @Test
    void moveWritesPositionsOfExistingNodesOnly() {
        Pipeline p = chain();
        PipelineChanges.move(p, Map.of("pk", new double[] { 210, 30 }, "gone", new double[] { 1, 1 }));
        assertArrayEquals(new double[] { 210, 30 }, p.layout().get("pk"));
        assertFalse(p.layout().containsKey("gone"));
    }
}
