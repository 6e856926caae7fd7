package org.ldnworkbench.ui.tests.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.ui.internal.editor.pages.ScenarioIds;

class ScenarioIdsTest {
    @Test
    void newIdsAreNumberedAndUniqueIgnoringCase() {
        Pipeline p = new Pipeline();
        assertEquals("scenario1", ScenarioIds.forNew(p));
        p.scenarios().add(new Scenario("Scenario1", null));
        assertEquals("scenario2", ScenarioIds.forNew(p));
    }

    @Test
    void aCopyIsNamedAfterItsOriginalAndStaysWithinTheLengthLimit() {
        Pipeline p = new Pipeline();
        Scenario ldn = new Scenario("ldn", null);
        p.scenarios().add(ldn);
        assertEquals("ldn-copy", ScenarioIds.forCopy(p, ldn));
        p.scenarios().add(new Scenario("LDN-copy", null));
        assertEquals("ldn-copy2", ScenarioIds.forCopy(p, ldn));
        Scenario longId = new Scenario("a".repeat(Names.MAX_ID_LENGTH), null);
        p.scenarios().add(longId);
        String copy = ScenarioIds.forCopy(p, longId);
        assertNull(Names.scenarioIdProblem(copy), copy);
        Scenario invalid = new Scenario("9lives", null);
        assertNull(Names.scenarioIdProblem(ScenarioIds.forCopy(p, invalid)));
    }

    @Test
    void aRenameIsRefusedForAnInvalidReservedOrTakenIdButMayKeepItsOwn() {
        Pipeline p = new Pipeline();
        Scenario a = new Scenario("a", null);
        Scenario b = new Scenario("b", null);
        p.scenarios().add(a);
        p.scenarios().add(b);
        assertTrue(ScenarioIds.problem(p, "B", a).contains("taken"));
        assertNotNull(ScenarioIds.problem(p, "plots", a));
        assertNotNull(ScenarioIds.problem(p, "x/y", a));
        assertNotNull(ScenarioIds.problem(p, "", a));
        assertNull(ScenarioIds.problem(p, "A", a));
        assertNull(ScenarioIds.problem(p, "c", a));
    }
}
