package org.ldnworkbench.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.runs.PipelineRun;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Workbenches;
import org.osgi.framework.FrameworkUtil;

/** The window's side of the run tests: the shipped example, the pipeline editor, the Run command, waiting for it. */
final class RunsUi {
    /** The shipped example "LDN 4.5 mg nightly vs naltrexone 50 mg daily", as the welcome page copies it. */
    static final String EXAMPLE = "ldn-vs-standard.ldnpipe";

    private RunsUi() {
    }

    /** @return the text of the shipped example (the New Pipeline wizard's and the welcome page's template) */
    static String example() {
        URL entry = FrameworkUtil.getBundle(UiIds.class).getEntry("templates/" + EXAMPLE);
        assertNotNull(entry, "org.ldnworkbench.ui has no templates/" + EXAMPLE);
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("Could not read templates/" + EXAMPLE + ": " + e, e);
        }
    }

    /** @return the example run for {@code days} days, dosed every day of them, with an output every {@code step} h */
    static String exampleFor(int days, double step) {
        try {
            Pipeline p = PipelineFiles.read(new StringReader(example()), EXAMPLE);
            p.simulation().end(days * 24.0).step(step);
            p.node("dosing").parameters().put("count", (double) days);
            return PipelineFiles.toText(p);
        } catch (PipelineFormatException e) {
            throw new AssertionError(e);
        }
    }

    /** Opens {@code file} in the pipeline editor. */
    static PipelineEditor open(IFile file) {
        IEditorPart part = Workbenches.open(file, UiIds.PIPELINE_EDITOR);
        return assertInstanceOf(PipelineEditor.class, part, "the pipeline editor did not open on " + file);
    }

    /** Runs the active editor's pipeline as Ctrl+R does. */
    static PipelineRun run() {
        return assertInstanceOf(PipelineRun.class, Workbenches.execute(UiIds.RUN_COMMAND),
                "the Run command started no run");
    }

    /** Waits (dispatching events, so that the run's report reaches the window) until the run has ended. */
    static void awaitEnd(PipelineRun run, Duration timeout) {
        UiWait.until("the run of " + run.getName() + " to end", () -> run.getResult() != null, timeout);
        UiWait.processEvents();
    }
}
