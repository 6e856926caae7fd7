package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.MetricSpec;
import org.ldnworkbench.core.mechanism.ParameterStatus;
import org.ldnworkbench.core.registry.ClasspathMechanismCatalog;
import org.ldnworkbench.core.registry.MechanismRegistry;

/** The mock mechanisms of this fragment, contributed to the real extension point. */
class RegistryTest {
    @Test
    void fragmentContributionIsReadFromPluginXml() {
        MechanismSpec s = MechanismRegistry.getDefault().spec("test.oneCompartment");
        assertNotNull(s);
        assertEquals("org.ldnworkbench.core.tests", s.contributor());
        assertEquals("Test", s.category());
        assertEquals(4, s.parameters().size());
        assertEquals("F", s.parameters().get(3).name());
        assertEquals(ParameterStatus.MEASURED, s.parameters().get(3).status());
        assertEquals(2, s.states().size());
        assertTrue(s.inputs().get(0).isEvent());
        assertEquals("mg/L", s.outputs().get(0).unit());
        assertEquals(5.0, s.preset("fast").values().get("ka"));
        assertEquals(MetricSpec.Kind.TIME_ABOVE, s.metrics().get(1).kind());
        assertEquals(0.1, s.metrics().get(1).threshold());
        assertEquals("u", MechanismRegistry.getDefault().spec("test.gain").outputs().get(0).feedthrough().get(0));
    }

    @Test
    void everyMockIsListed() {
        var ids = MechanismRegistry.getDefault().all().stream().map(MechanismSpec::id).toList();
        assertTrue(ids.containsAll(java.util.List.of("test.bolus", "test.oneCompartment", "test.decay", "test.gain",
                "test.broken", "test.nan", "test.throwAfter")), ids.toString());
    }

    private static final String FRAGMENT = "org.ldnworkbench.core.tests";

    /**
     * An invalid declaration is not installed: no spec, not listed, and one problem names the mechanism, this
     * fragment as contributor, and the reason.
     */
    private static void assertRefused(String id, String reason) {
        MechanismRegistry r = MechanismRegistry.getDefault();
        assertNull(r.spec(id), id);
        assertFalse(r.all().stream().anyMatch(s -> s.id().equals(id)), id);
        assertThrows(MechanismException.class, () -> r.create(id), id);
        List<String> named = r.problems().stream().filter(p -> p.contains(id)).toList();
        assertEquals(1, named.size(), r.problems().toString());
        assertTrue(named.get(0).contains(FRAGMENT) && named.get(0).contains(reason), named.get(0));
    }

    @Test
    void duplicateParameterNameIsRefused() {
        assertRefused("test.invalid.duplicateParameter", "duplicate parameter 'k'");
    }

    @Test
    void twoDefaultPresetsAreRefused() {
        assertRefused("test.invalid.twoDefaultPresets", "more than one default preset");
    }

    @Test
    void metricOnAnEventOutputIsRefused() {
        assertRefused("test.invalid.metricOnEvent", "metric 'peakDose' reads event output 'dose'");
    }

    /**
     * A declaration whose class is missing or not a {@link Mechanism} reads fine, but creating it fails with a
     * message naming the mechanism, the contributor and the reason; it is quarantined and named in problems(), and
     * the other mechanisms keep working.
     */
    private static void assertQuarantined(String id, String... reason) throws Exception {
        MechanismRegistry r = MechanismRegistry.getDefault();
        assertNotNull(r.spec(id), id);
        String msg = assertThrows(MechanismException.class, () -> r.create(id)).getMessage();
        assertTrue(msg.contains(id) && msg.contains("from " + FRAGMENT) && msg.contains("quarantined"), msg);
        for (String part : reason) {
            assertTrue(msg.contains(part), msg);
        }
        assertEquals(msg, r.quarantineReason(id));
        assertEquals(msg, assertThrows(MechanismException.class, () -> r.create(id)).getMessage());
        assertTrue(r.problems().contains(msg), r.problems().toString());
        assertNotNull(r.create("test.gain"));
    }

    @Test
    void missingClassIsQuarantined() throws Exception {
        assertQuarantined("test.invalid.missingClass", "org.ldnworkbench.core.tests.mock.NoSuchMechanism");
    }

    @Test
    void bindThatThrowsIsQuarantined() throws Exception {
        assertQuarantined("test.bindThrows", "IllegalStateException: deliberately refuses to bind test.bindThrows");
    }

    @Test
    void jdkClassThatIsNoMechanismIsQuarantined() throws Exception {
        assertQuarantined("test.invalid.string", "class java.lang.String does not implement "
                + Mechanism.class.getName());
    }

    @Test
    void testClassThatIsNoMechanismIsQuarantined() throws Exception {
        assertQuarantined("test.invalid.notAMechanism", "class org.ldnworkbench.core.tests.mock.NotAMechanism "
                + "does not implement " + Mechanism.class.getName());
    }

    /** The plain class-path catalog reads the same declarations through the same SpecReader and refuses the same. */
    @Test
    void classPathCatalogRefusesTheSameDeclarations() throws Exception {
        ClasspathMechanismCatalog cat = new ClasspathMechanismCatalog(RegistryTest.class.getClassLoader());
        assertNotNull(cat.spec("test.oneCompartment"));
        for (String[] c : new String[][] { { "test.invalid.duplicateParameter", "duplicate parameter 'k'" },
                { "test.invalid.twoDefaultPresets", "more than one default preset" },
                { "test.invalid.metricOnEvent", "reads event output 'dose'" } }) {
            assertNull(cat.spec(c[0]), c[0]);
            assertTrue(cat.problems().stream().anyMatch(p -> p.contains(c[0]) && p.contains(c[1])),
                    cat.problems().toString());
        }
        for (String id : List.of("test.invalid.missingClass", "test.invalid.string", "test.invalid.notAMechanism")) {
            String msg = assertThrows(MechanismException.class, () -> cat.create(id)).getMessage();
            assertTrue(msg.contains(id), msg);
        }
    }
}
