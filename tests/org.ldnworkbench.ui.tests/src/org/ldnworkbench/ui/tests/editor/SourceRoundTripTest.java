package org.ldnworkbench.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.commands.operations.DefaultOperationHistory;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.internal.editor.source.SourceErrors;

/** Switching between the Source page and the other pages loses nothing and rewrites nothing for nothing. */
class SourceRoundTripTest {
    private static final Path EXAMPLES = Path.of("../../examples/pipelines");

    private static List<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            List<Path> all = s.filter(p -> p.toString().endsWith(".ldnpipe")).sorted().toList();
            assertFalse(all.isEmpty(), "examples in " + EXAMPLES.toAbsolutePath());
            return all;
        }
    }

    @Test
    void everyExampleReadsAndItsTextIsStableThroughThePipeline() throws IOException {
        for (Path example : examples()) {
            String text = Files.readString(example);
            SourceErrors.Reading reading = SourceErrors.read(text, example.getFileName().toString());
            assertTrue(reading.ok(), example + ": " + reading.error());
            String written = PipelineFiles.toText(reading.pipeline());
            Pipeline again = SourceErrors.read(written, "again").pipeline();
            assertEquals(written, PipelineFiles.toText(again), example + ": text -> pipeline -> text is stable");
            assertFalse(SourceErrors.changesPipeline(reading.pipeline(), written), example.toString());
        }
    }

    @Test
    void aLayoutOnlyChangeIsNoEditAndAValueChangeIsOne() throws IOException {
        String text = Files.readString(examples().get(0));
        PipelineDocument document = new PipelineDocument(new DefaultOperationHistory(),
                SourceErrors.read(text, "p").pipeline());
        String reflowed = text.replace("\n", "\n\n").replaceAll("(?m)^ +", "\t");
        assertTrue(!reflowed.equals(text));
        assertFalse(SourceErrors.changesPipeline(SourceErrors.read(reflowed, "p").pipeline(), document.text()),
                "tabs and blank lines read to the same pipeline: the user's text is left alone");
        String renamed = text.replaceFirst("\"name\": \"", "\"name\": \"Renamed ");
        Pipeline changed = SourceErrors.read(renamed, "p").pipeline();
        assertTrue(SourceErrors.changesPipeline(changed, document.text()));
        document.replace("Edit Source", changed);
        assertTrue(document.pipeline().name().startsWith("Renamed "));
        assertTrue(document.isDirty());
    }
}
