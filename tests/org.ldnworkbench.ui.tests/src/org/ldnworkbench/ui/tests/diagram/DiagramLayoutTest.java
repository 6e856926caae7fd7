package org.ldnworkbench.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.ui.internal.editor.diagram.DiagramNodes;
import org.ldnworkbench.ui.internal.editor.diagram.DiagramPoint;
import org.ldnworkbench.ui.internal.editor.diagram.DiagramScene;
import org.ldnworkbench.ui.internal.editor.diagram.DiagramWire;
import org.ldnworkbench.ui.internal.editor.diagram.ElkLayout;
import org.ldnworkbench.ui.internal.editor.diagram.FreeSpace;
import org.ldnworkbench.ui.internal.editor.diagram.NodeBox;
import org.ldnworkbench.ui.internal.editor.diagram.NodeGeometry;

class DiagramLayoutTest {
    private final TestMechanisms catalog = new TestMechanisms();
    private final NodeGeometry geometry = new NodeGeometry(TestMechanisms.MEASURE);

    /** A source feeding a chain of three state blocks, one direct block, into a sink, with events too. */
    private static Pipeline chain() {
        return new Pipeline().add(new Node("sink", TestMechanisms.SINK)).add(new Node("s3", TestMechanisms.STATE))
                .add(new Node("d", TestMechanisms.DIRECT)).add(new Node("s1", TestMechanisms.STATE))
                .add(new Node("s2", TestMechanisms.STATE)).add(new Node("src", TestMechanisms.SOURCE))
                .connect("src.dose", "sink.dose").connect("src.c", "sink.c").connect("s1.y", "s2.u")
                .connect("s2.y", "d.u").connect("d.y", "s3.u");
    }

    private List<NodeBox> boxes(Pipeline p) {
        List<NodeBox> boxes = new ArrayList<>();
        DiagramNodes.of(p, catalog).forEach(n -> boxes.add(geometry.box(n, 0, 0)));
        return boxes;
    }

    @Test
    void elkPlacesEveryNodeWithValuesFlowingFromOutputsOnTheRightToInputsFurtherRight() {
        Pipeline p = chain();
        List<NodeBox> boxes = boxes(p);
        Map<String, double[]> at = ElkLayout.layout(boxes, p.connections());
        assertEquals(p.nodes().stream().map(Node::id).sorted().toList(), at.keySet().stream().sorted().toList());
        for (Connection c : p.connections()) {
            NodeBox from = boxes.stream().filter(b -> b.id().equals(c.from().node())).findFirst().orElseThrow();
            double outputsEdge = at.get(c.from().node())[0] + from.width();
            assertTrue(outputsEdge < at.get(c.to().node())[0], c + ": output edge " + outputsEdge
                    + " is not left of the input edge " + at.get(c.to().node())[0]);
        }
        List<NodeBox> placed = boxes.stream().map(b -> b.at(at.get(b.id())[0], at.get(b.id())[1])).toList();
        assertNoOverlap(placed);
    }

    @Test
    void aPipelineWithoutLayoutIsLaidOutWholeAndNothingIsWrittenToIt() {
        Pipeline p = chain();
        DiagramScene scene = DiagramScene.of(p, catalog, geometry);
        assertEquals(p.nodes().size(), scene.unplaced().size());
        assertTrue(p.layout().isEmpty());
        assertNoOverlap(List.copyOf(scene.boxes()));
        assertEquals(p.connections().size(), scene.wires().size());
    }

    @Test
    void aWirePassingBehindOtherBoxesRunsAlongALaneBelowThemAndAWireBetweenNeighboursDoesNot() {
        // src.c feeds sink.c past s1 in one row, as pk.Cntx feeds inflammation.Cntx past receptor and rebound
        Pipeline p = new Pipeline().add(new Node("src", TestMechanisms.SOURCE)).add(new Node("s1", TestMechanisms.STATE))
                .add(new Node("sink", TestMechanisms.SINK)).connect("src.c", "sink.c").connect("src.c", "s1.u");
        p.layout().put("src", new double[] { 0, 0 });
        p.layout().put("s1", new double[] { 300, 0 });
        p.layout().put("sink", new double[] { 600, 0 });
        DiagramScene scene = DiagramScene.of(p, catalog, geometry);
        NodeBox between = scene.box("s1");
        for (DiagramWire w : scene.wires()) {
            if (w.connection().to().node().equals("sink")) {
                assertTrue(w.laned(), "the wire to sink passes behind s1 and is not laned");
                assertTrue(w.lane() > between.y() + between.height(), "lane " + w.lane() + " is not below s1");
                for (DiagramPoint point : w.path()) {
                    boolean inside = point.x() > between.x() && point.x() < between.x() + between.width()
                            && point.y() > between.y() && point.y() < between.y() + between.height();
                    assertFalse(inside, "the laned wire runs through s1 at " + point);
                }
            } else {
                assertFalse(w.laned(), "the wire between neighbours src and s1 is laned");
            }
        }
    }

    @Test
    void aNodeMissingFromTheLayoutGoesWhereItOverlapsNoOther() {
        Pipeline p = chain();
        int x = 0;
        for (Node n : p.nodes()) {
            if (!n.id().equals("d")) {
                p.layout().put(n.id(), new double[] { x, 0 });
                x += 300;
            }
        }
        DiagramScene scene = DiagramScene.of(p, catalog, geometry);
        assertEquals(List.of("d"), List.copyOf(scene.unplaced()));
        assertEquals(0, scene.box("src").y());
        assertNoOverlap(List.copyOf(scene.boxes()));
        assertFalse(p.layout().containsKey("d"));
    }

    @Test
    void aNodeDroppedOnAnotherGoesToTheNearestFreeSpotAndAFreeSpotIsKept() {
        List<NodeBox> boxes = boxes(chain());
        NodeBox there = boxes.get(0).at(100, 100);
        NodeBox dropped = boxes.get(1);
        DiagramPoint spot = FreeSpace.place(List.of(there), dropped, new DiagramPoint(110, 110));
        assertNoOverlap(List.of(there, dropped.at(spot.x(), spot.y())));
        assertTrue(Math.hypot(spot.x() - 110, spot.y() - 110) < 400, spot.toString());
        assertEquals(new DiagramPoint(900, 900), FreeSpace.place(List.of(there), dropped, new DiagramPoint(900, 900)));
    }

    @Test
    void aNodeOfAMissingMechanismShowsThePortsItsWiresName() {
        Pipeline p = chain().add(new Node("ghost", "t.missing")).connect("ghost.out", "s1.u");
        DiagramScene scene = DiagramScene.of(p, catalog, geometry);
        NodeBox ghost = scene.box("ghost");
        assertFalse(ghost.node().installed());
        assertEquals("out", ghost.node().outputs().get(0).name());
        assertTrue(scene.wires().stream().anyMatch(w -> w.connection().equals(Connection.of("ghost.out", "s1.u"))));
    }

    @Test
    void everyPortLabelFitsBesideTheOtherSide() {
        NodeBox sink = boxes(chain()).get(0);
        int widestInput = TestMechanisms.MEASURE.width("dose [mg]", false);
        assertTrue(sink.width() >= widestInput + 2 * NodeGeometry.PADDING, "width " + sink.width());
        assertEquals(3, sink.node().inputs().size());
        assertTrue(sink.portY(2) < sink.y() + sink.height());
    }

    private static void assertNoOverlap(List<NodeBox> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                NodeBox a = boxes.get(i);
                NodeBox b = boxes.get(j);
                boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                        || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
                assertTrue(apart, a.id() + " overlaps " + b.id());
            }
        }
    }
}
