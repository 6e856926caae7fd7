package org.ldnworkbench.ui.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.ui.internal.editor.model.NodeIds;

class NodeIdsTest {
    @Test
    void theFirstNodeOfAMechanismTakesTheLastSegmentThenNumbersFollowIgnoringCase() {
        Pipeline p = new Pipeline();
        assertEquals("naltrexone", NodeIds.free(p, "org.ldnworkbench.pk.naltrexone"));
        p.add(new Node("Naltrexone", "org.ldnworkbench.pk.naltrexone"));
        assertEquals("naltrexone2", NodeIds.free(p, "org.ldnworkbench.pk.naltrexone"));
        p.add(new Node("naltrexone2", "org.ldnworkbench.pk.naltrexone"));
        assertEquals("naltrexone3", NodeIds.free(p, "org.ldnworkbench.pk.naltrexone"));
    }

    @Test
    void aMechanismIdThatMakesNoValidNodeIdStillGivesAValidOne() {
        Pipeline p = new Pipeline();
        for (String mechanism : new String[] {"x.9lives", "x.con", "x.", "x.élan", "x." + "a".repeat(80)}) {
            String id = NodeIds.free(p, mechanism);
            assertNull(Names.idProblem(id), mechanism + " gave " + id);
            p.add(new Node(id, mechanism));
        }
        String id = NodeIds.free(p, "x." + "a".repeat(80));
        assertTrue(id.length() <= Names.MAX_ID_LENGTH, id);
    }

    @Test
    void aRenameIsRefusedForATakenOrInvalidIdButANodeMayKeepItsOwn() {
        Pipeline p = new Pipeline().add(new Node("pk", "m")).add(new Node("receptor", "m"));
        assertNotNull(NodeIds.problem(p, "PK", p.node("receptor")));
        assertNotNull(NodeIds.problem(p, "a/b", null));
        assertNull(NodeIds.problem(p, "PK", p.node("pk")));
    }
}
