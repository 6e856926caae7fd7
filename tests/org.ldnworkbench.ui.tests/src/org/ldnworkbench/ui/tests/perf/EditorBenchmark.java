package org.ldnworkbench.ui.tests.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.ui.internal.editor.diagram.DiagramPage;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * The editor with a large pipeline, side by side with the default one (docs/BENCHMARKS.md, section 6). A
 * benchmark, not a test: it asserts nothing and is left out of the normal build (surefire excludes {@code perf});
 * {@code bench/gui/editor} runs it and prints its table. Each step is timed in the UI thread from the action to the
 * moment the event queue is empty again (the window has handled and painted it), as a user would feel it.
 */
class EditorBenchmark {
    private static final int REPEATS = 7;
    private static final int MOVES = 40;

    @Test
    void defaultAndLargePipeline() throws Exception {
        Path small = Path.of(System.getProperty("ldnwb.bench.small"));
        Path large = Path.of(System.getProperty("ldnwb.bench.large"));
        IProject project = Workbenches.project("editor-benchmark");
        try {
            Row[] smallRows = measure(Workbenches.file(project, "small.ldnpipe", Files.readString(small)));
            Row[] largeRows = measure(Workbenches.file(project, "large.ldnpipe", Files.readString(large)));
            StringBuilder table = new StringBuilder();
            table.append("| step | ").append(nodes(small)).append(" nodes (ms) | ").append(nodes(large))
                    .append(" nodes (ms) | ratio |\n|---|---|---|---|\n");
            for (int i = 0; i < smallRows.length; i++) {
                table.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f |%n", smallRows[i].step,
                        smallRows[i].cell(), largeRows[i].cell(), largeRows[i].median / smallRows[i].median));
            }
            System.out.println("EDITOR BENCHMARK\n" + table);
            Files.writeString(Path.of(System.getProperty("ldnwb.bench.out")), table);
        } finally {
            Workbenches.closeAllEditors();
            Workbenches.deleteProject("editor-benchmark");
        }
    }

    private static Row[] measure(IFile file) {
        Workbenches.closeAllEditors();
        drain();
        IEditorPart[] editor = new IEditorPart[1];
        Row open = Row.once("open the file (read, ELK layout, first paint)", () -> {
            long t0 = System.nanoTime();
            editor[0] = Workbenches.open(file);
            drain();
            return System.nanoTime() - t0;
        });
        Canvas canvas = largestCanvas(editor[0]);
        Row layout = Row.repeated("automatic layout (Ctrl+L)", REPEATS, () -> timed(
                () -> Workbenches.execute(DiagramPage.LAYOUT_COMMAND)));
        Workbenches.execute(DiagramPage.FIT_COMMAND);
        drain();
        Row paint = Row.repeated("paint the diagram, zoomed to fit", REPEATS, () -> painted(canvas));
        Workbenches.execute("org.eclipse.ui.edit.selectAll");
        drain();
        Row move = Row.repeated("move all nodes one step (Ctrl+arrow: an undoable edit, redrawn)", MOVES,
                () -> timed(() -> Events.notify(canvas, SWT.KeyDown, arrow())));
        PipelineDocument document = editor[0].getAdapter(PipelineDocument.class);
        Row undo = Row.repeated("undo one move (Ctrl+Z)", REPEATS, () -> timed(
                () -> Workbenches.execute("org.eclipse.ui.edit.undo")));
        if (document == null) {
            throw new IllegalStateException("the editor of " + file + " gives no document");
        }
        editor[0].getSite().getPage().closeEditor(editor[0], false);
        drain();
        return new Row[] {open, layout, paint, move, undo};
    }

    private static Event arrow() {
        Event e = new Event();
        e.keyCode = SWT.ARROW_RIGHT;
        e.stateMask = SWT.MOD1;
        return e;
    }

    /** Paints the canvas into an image (its paint listeners, as an expose would run them), timed. */
    private static long painted(Canvas canvas) {
        Image image = new Image(canvas.getDisplay(), canvas.getSize().x, canvas.getSize().y);
        GC gc = new GC(image);
        try {
            long t0 = System.nanoTime();
            canvas.print(gc);
            return System.nanoTime() - t0;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static long timed(Runnable action) {
        long t0 = System.nanoTime();
        action.run();
        drain();
        return System.nanoTime() - t0;
    }

    private static void drain() {
        Display display = UiWait.display();
        while (display.readAndDispatch()) {
            // handle everything the action queued, painting included
        }
    }

    private static Canvas largestCanvas(IEditorPart editor) {
        Composite shell = editor.getSite().getShell();
        return Widgets.all(shell, Canvas.class, c -> "DiagramCanvas".equals(c.getClass().getSimpleName())).stream()
                .findFirst().orElseThrow(() -> new IllegalStateException("no diagram canvas in " + editor.getTitle()));
    }

    private static long nodes(Path pipeline) throws Exception {
        return org.ldnworkbench.core.pipeline.PipelineFiles.read(pipeline).nodes().size();
    }

    private record Row(String step, double median, double max) {
        static Row once(String step, LongSupplier nanos) {
            double ms = nanos.getAsLong() / 1e6;
            return new Row(step, ms, ms);
        }

        static Row repeated(String step, int times, LongSupplier nanos) {
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                ms.add(nanos.getAsLong() / 1e6);
            }
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Row(step + ", median (max) of " + times, sorted[sorted.length / 2],
                    Arrays.stream(sorted).max().orElse(0));
        }

        String cell() {
            return median == max ? String.format(Locale.ROOT, "%.0f", median)
                    : String.format(Locale.ROOT, "%.1f (%.0f)", median, max);
        }
    }
}
