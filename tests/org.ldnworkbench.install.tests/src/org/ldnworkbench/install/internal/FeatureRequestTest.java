package org.ldnworkbench.install.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.equinox.p2.metadata.Version;
import org.junit.jupiter.api.Test;

/** A feature as typed: the id of feature.xml or p2's group id, with or without a version. */
class FeatureRequestTest {
    @Test
    void theIdOfFeatureXmlAndTheGroupIdNameTheSameUnit() throws InstallException {
        FeatureRequest a = FeatureRequest.parse("org.example.x.feature");
        FeatureRequest b = FeatureRequest.parse("org.example.x.feature.feature.group");
        assertEquals("org.example.x.feature.feature.group", a.groupId());
        assertEquals(a, b);
        assertNull(a.version());
        assertEquals("org.example.x.feature", a.toString());
        assertTrue(a.matches(Units.group("org.example.x.feature", "1.2.3")));
        assertFalse(a.matches(Units.group("org.example.y.feature", "1.2.3")));
    }

    @Test
    void aVersionNarrowsTheMatch() throws InstallException {
        FeatureRequest r = FeatureRequest.parse("org.example.x.feature/1.0.0.v1");
        assertEquals(Version.create("1.0.0.v1"), r.version());
        assertTrue(r.matches(Units.group("org.example.x.feature", "1.0.0.v1")));
        assertFalse(r.matches(Units.group("org.example.x.feature", "1.0.0.v2")));
        assertEquals("org.example.x.feature/1.0.0.v1", r.toString());
    }

    @Test
    void refusalsNameTheArgument() {
        assertEquals("'org.x/1.a.b' has no valid version after the /: ",
                assertThrows(InstallException.class, () -> FeatureRequest.parse("org.x/1.a.b")).getMessage()
                        .replaceAll(": .*", ": "));
        assertEquals("'/1.0' is not a feature id",
                assertThrows(InstallException.class, () -> FeatureRequest.parse("/1.0")).getMessage());
        assertThrows(InstallException.class, () -> FeatureRequest.parse("a b"));
        assertThrows(InstallException.class, () -> FeatureRequest.parse("org.x/"));
    }
}
