package org.ldnworkbench.ui.tests.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.ui.internal.editor.pages.ParameterCells;
import org.ldnworkbench.ui.internal.editor.pages.ParameterCells.Column;
import org.ldnworkbench.ui.internal.editor.pages.ParameterRow;
import org.ldnworkbench.ui.internal.editor.pages.ParameterRow.NodeRow;
import org.ldnworkbench.ui.internal.editor.pages.ParameterRow.ValueRow;

class ParameterCellsTest {
    private final Pipeline pipeline = TestMechanisms.pipeline();
    private final ParameterCells cells = new ParameterCells(pipeline, TestMechanisms.CATALOG);

    @Test
    void rowsAreNodesThenTheirParametersAndEqualAcrossCopiesOfThePipeline() {
        assertEquals(List.of(new NodeRow("dosing"), new NodeRow("receptor")), cells.nodes());
        List<ParameterRow> receptor = cells.children(new NodeRow("receptor"));
        assertEquals(List.of(new ValueRow("receptor", "ke0"), new ValueRow("receptor", "EC50"),
                new ValueRow("receptor", "hill")), receptor);
        assertEquals(receptor, new ParameterCells(pipeline.copy(), TestMechanisms.CATALOG).children(
                new NodeRow("receptor")));
    }

    @Test
    void eachColumnSaysValueUnitOriginRangeAndStatus() {
        ValueRow amount = new ValueRow("dosing", "amount");
        assertEquals("10", cells.text(amount, Column.VALUE));
        assertEquals("mg", cells.text(amount, Column.UNIT));
        assertEquals("node value", cells.text(amount, Column.FROM));
        assertEquals("4.5", cells.text(amount, Column.DEFAULT));
        assertEquals("[0, 1000]", cells.text(amount, Column.RANGE));
        assertEquals("assumed", cells.text(amount, Column.STATUS));
        assertTrue(cells.isAssumed(amount));
        ValueRow ke0 = new ValueRow("receptor", "ke0");
        assertEquals("0.06", cells.text(ke0, Column.VALUE));
        assertEquals("preset pet", cells.text(ke0, Column.FROM));
        assertFalse(cells.isAssumed(ke0));
        assertEquals("[0, 100000] whole", cells.text(new ValueRow("dosing", "count"), Column.RANGE));
    }

    @Test
    void theScenarioColumnListsWhichScenarioRunsWhichValueAndThroughWhichPreset() {
        assertEquals("low: 4.5", cells.text(new ValueRow("dosing", "amount"), Column.SCENARIOS));
        assertEquals("fast: 3 (rapid)", cells.text(new ValueRow("receptor", "ke0"), Column.SCENARIOS));
        assertEquals("", cells.text(new ValueRow("receptor", "hill"), Column.SCENARIOS));
        assertEquals("fast: rapid", cells.text(new NodeRow("receptor"), Column.SCENARIOS));
    }

    @Test
    void aNodeShowsItsPresetAndAnUnknownMechanismIsNamedWithNoRows() {
        assertEquals("preset: default (pet)", cells.text(new NodeRow("receptor"), Column.VALUE));
        assertEquals("preset: none", cells.text(new NodeRow("dosing"), Column.VALUE));
        pipeline.add(new Node("ghost", "test.ghost"));
        ParameterCells withGhost = new ParameterCells(pipeline, TestMechanisms.CATALOG);
        NodeRow ghost = new NodeRow("ghost");
        assertTrue(withGhost.children(ghost).isEmpty());
        assertNotNull(withGhost.mechanismProblem(ghost));
        assertTrue(withGhost.text(ghost, Column.NOTE).contains("test.ghost"));
        assertNull(withGhost.mechanismProblem(new NodeRow("receptor")));
    }
}
