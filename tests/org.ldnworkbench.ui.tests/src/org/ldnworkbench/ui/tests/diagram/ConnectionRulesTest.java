package org.ldnworkbench.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.ui.internal.editor.diagram.ConnectionRules;
import org.ldnworkbench.ui.internal.editor.diagram.PortEnd;

class ConnectionRulesTest {
    private final ConnectionRules rules = new ConnectionRules(new TestMechanisms());

    private static PortEnd out(String node, String port) {
        return new PortEnd(node, port, true);
    }

    private static PortEnd in(String node, String port) {
        return new PortEnd(node, port, false);
    }

    private static Pipeline sourceAndSink() {
        return new Pipeline().add(new Node("src", TestMechanisms.SOURCE)).add(new Node("src2", TestMechanisms.SOURCE))
                .add(new Node("sink", TestMechanisms.SINK));
    }

    @Test
    void matchingPortsConnectWhicheverEndTheDragStartsFrom() {
        Pipeline p = sourceAndSink();
        assertNull(rules.problem(p, out("src", "c"), in("sink", "c")));
        assertNull(rules.problem(p, in("sink", "c"), out("src", "c")));
    }

    @Test
    void aUnitMismatchIsRefusedNamingBothUnits() {
        String why = rules.problem(sourceAndSink(), out("src", "c"), in("sink", "x"));
        assertNotNull(why);
        assertTrue(why.contains("mg/L") && why.contains("nM") && why.contains("src.c") && why.contains("sink.x"), why);
    }

    @Test
    void anOccupiedInputIsRefusedNamingTheWireThatOccupiesIt() {
        Pipeline p = sourceAndSink().connect("src.c", "sink.c");
        String why = rules.problem(p, out("src2", "c"), in("sink", "c"));
        assertNotNull(why);
        assertTrue(why.contains("src.c -> sink.c"), why);
    }

    @Test
    void anEventInputTakesEventsFromSeveralSourcesButNotTheSameWireTwice() {
        Pipeline p = sourceAndSink().connect("src.dose", "sink.dose");
        assertNull(rules.problem(p, out("src2", "dose"), in("sink", "dose")));
        assertNotNull(rules.problem(p, out("src", "dose"), in("sink", "dose")));
    }

    @Test
    void eventsAndContinuousValuesDoNotMix() {
        Pipeline p = sourceAndSink();
        String eventToContinuous = rules.problem(p, out("src", "dose"), in("sink", "c"));
        assertNotNull(eventToContinuous);
        assertTrue(eventToContinuous.contains("event"), eventToContinuous);
        assertNotNull(rules.problem(p, out("src", "c"), in("sink", "dose")));
    }

    @Test
    void twoOutputsTwoInputsOrOneNodeAreRefused() {
        Pipeline p = sourceAndSink();
        assertNotNull(rules.problem(p, out("src", "c"), out("src2", "c")));
        assertNotNull(rules.problem(p, in("sink", "c"), in("sink", "x")));
        Pipeline loopOnItself = new Pipeline().add(new Node("s", TestMechanisms.STATE));
        assertNotNull(rules.problem(loopOnItself, out("s", "y"), in("s", "u")));
    }

    @Test
    void aCycleOfDirectReadsIsAnAlgebraicLoopNamingItsWires() {
        Pipeline p = new Pipeline().add(new Node("a", TestMechanisms.DIRECT)).add(new Node("b", TestMechanisms.DIRECT))
                .add(new Node("c", TestMechanisms.DIRECT)).connect("a.y", "b.u").connect("b.y", "c.u");
        String why = rules.problem(p, out("c", "y"), in("a", "u"));
        assertNotNull(why);
        assertTrue(why.contains("a.y -> b.u, b.y -> c.u, c.y -> a.u"), why);
    }

    @Test
    void aCycleThroughAStateIsFeedbackNotALoop() {
        Pipeline p = new Pipeline().add(new Node("a", TestMechanisms.DIRECT)).add(new Node("s", TestMechanisms.STATE))
                .connect("a.y", "s.u");
        assertNull(rules.problem(p, out("s", "y"), in("a", "u")));
    }

    @Test
    void aNodeOfAMissingMechanismCannotBeWiredBecauseItsPortsAreUnknown() {
        Pipeline p = sourceAndSink().add(new Node("ghost", "t.missing"));
        String why = rules.problem(p, out("src", "c"), in("ghost", "c"));
        assertNotNull(why);
        assertTrue(why.contains("t.missing"), why);
    }
}
