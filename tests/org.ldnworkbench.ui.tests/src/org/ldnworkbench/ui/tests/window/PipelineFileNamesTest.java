package org.ldnworkbench.ui.tests.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.ui.internal.wizards.PipelineFileNames;

class PipelineFileNamesTest {
    private static final Predicate<String> NONE = n -> false;

    private static Predicate<String> existing(String... names) {
        Set<String> lower = Set.of(names).stream().map(n -> n.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
        return n -> lower.contains(n.toLowerCase(Locale.ROOT));
    }

    @Test
    void theExtensionIsAppendedUnlessTheNameEndsWithItInAnyCase() {
        assertEquals("ldn.ldnpipe", PipelineFileNames.withExtension("  ldn "));
        assertEquals("ldn.LDNPIPE", PipelineFileNames.withExtension("ldn.LDNPIPE"));
        assertEquals("v1.5.ldnpipe", PipelineFileNames.withExtension("v1.5"));
        assertEquals("", PipelineFileNames.withExtension("   "));
    }

    @Test
    void aGoodNameInAFolderWithoutItIsAccepted() {
        assertNull(PipelineFileNames.problem("LDN 4.5 mg.ldnpipe", existing("other.ldnpipe")));
    }

    @Test
    void badNamesAreRefusedWithAMessageThatNamesThem() {
        assertNotNull(PipelineFileNames.problem("", NONE));
        assertTrue(PipelineFileNames.problem("a/b.ldnpipe", NONE).contains("a/b.ldnpipe"));
        assertNotNull(PipelineFileNames.problem("a\\b.ldnpipe", NONE));
        assertTrue(PipelineFileNames.problem("notes.txt", NONE).contains(".ldnpipe"));
        assertNotNull(PipelineFileNames.problem(".ldnpipe", NONE), "no name before the extension");
        assertNotNull(PipelineFileNames.problem(".hidden.ldnpipe", NONE), "hidden file");
        assertTrue(PipelineFileNames.problem("why?.ldnpipe", NONE).contains("?"));
        assertNotNull(PipelineFileNames.problem("tab\t.ldnpipe", NONE));
        assertNotNull(PipelineFileNames.problem("a".repeat(250) + ".ldnpipe", NONE), "longer than 255");
    }

    @Test
    void windowsDeviceNamesAreRefusedWhateverTheirCaseButLongerNamesAreNot() {
        assertTrue(PipelineFileNames.problem("CON.ldnpipe", NONE).contains("CON"));
        assertNotNull(PipelineFileNames.problem("nul.ldnpipe", NONE));
        assertNotNull(PipelineFileNames.problem("Com1.v2.ldnpipe", NONE));
        assertNotNull(PipelineFileNames.problem("lpt9 .ldnpipe", NONE));
        assertNull(PipelineFileNames.problem("console.ldnpipe", NONE));
        assertNull(PipelineFileNames.problem("com10.ldnpipe", NONE));
        assertNull(PipelineFileNames.problem("aux-data.ldnpipe", NONE));
    }

    @Test
    void anExistingFileIsRefusedIgnoringCaseSoNothingIsOverwritten() {
        String problem = PipelineFileNames.problem("Pipeline.ldnpipe", existing("pipeline.LDNPIPE"));
        assertNotNull(problem);
        assertTrue(problem.contains("Pipeline.ldnpipe"), problem);
    }

    @Test
    void theFirstFreeNameCountsUpFromTwo() {
        assertEquals("pipeline.ldnpipe", PipelineFileNames.firstFree("pipeline", NONE));
        assertEquals("pipeline3.ldnpipe",
                PipelineFileNames.firstFree("pipeline", existing("PIPELINE.ldnpipe", "pipeline2.ldnpipe")));
    }
}
