package org.ldnworkbench.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.ui.internal.editor.diagram.DiagramProblems;

class DiagramProblemsTest {
    @Test
    void theCompilersUnitMismatchMarksTheWireAndTheInputsNode() {
        MechanismCatalog catalog = new TestMechanisms();
        Pipeline p = new Pipeline().add(new Node("src", TestMechanisms.SOURCE)).add(new Node("sink", TestMechanisms.SINK))
                .connect("src.c", "sink.x");
        List<Problem> problems = new PipelineCompiler(catalog).validate(p);
        DiagramProblems marks = new DiagramProblems(problems);
        Connection wire = Connection.of("src.c", "sink.x");
        assertEquals(1, marks.ofWire(wire).size(), problems.toString());
        assertTrue(marks.ofWire(wire).get(0).contains("unit mismatch"), marks.ofWire(wire).toString());
        assertTrue(marks.ofNode("sink").stream().anyMatch(m -> m.contains("unit mismatch")), marks.ofNode("sink")
                .toString());
        assertTrue(marks.ofWire(Connection.of("src.c", "sink.c")).isEmpty());
        assertTrue(marks.ofNode("src").isEmpty(), marks.ofNode("src").toString());
    }
}
