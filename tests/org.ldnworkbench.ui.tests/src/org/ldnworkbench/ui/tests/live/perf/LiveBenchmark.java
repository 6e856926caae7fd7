package org.ldnworkbench.ui.tests.live.perf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.charts.core.ChartPalette;
import org.ldnworkbench.charts.core.OutputChart;
import org.ldnworkbench.charts.core.TimeAxis;
import org.ldnworkbench.charts.ui.ChartCanvas;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.internal.preferences.WorkbenchPreferences;
import org.ldnworkbench.ui.internal.results.ChartLines;
import org.ldnworkbench.ui.internal.results.ShownOutputs;
import org.ldnworkbench.ui.internal.results.live.LiveRerun;
import org.ldnworkbench.ui.internal.results.live.SweepBar;
import org.ldnworkbench.ui.internal.results.live.SweepScale;
import org.ldnworkbench.ui.internal.runs.RunData;
import org.ldnworkbench.ui.internal.runs.OutputColumn;
import org.ldnworkbench.ui.internal.runs.RunDataFactory;
import org.ldnworkbench.ui.internal.runs.ShownRuns;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * The live re-run of the default example (4 scenarios, 56 days) in the real workbench (docs/BENCHMARKS.md, section
 * 7). A benchmark, not a test: it asserts nothing and is left out of the normal build (surefire excludes
 * {@code perf}); {@code bench/gui/live} runs it and prints its table.
 * <p>
 * Each edit is timed from the moment before {@code document.edit} (or the slider's step) to the moment every chart
 * canvas of the Results view has painted after the new run was shown ({@link ShownRuns}' listener, then a paint
 * event of each {@code ChartCanvas}); the event loop runs in between as it does for a user. Without a Results view
 * (a branch without it) the time ends when the run is shown, and the table says so.
 */
class LiveBenchmark {
    private static final int WARM_UP = 20;
    private static final int EDITS = 30;
    private static final int BURST = 30;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String PROJECT = "live-benchmark";

    private final ShownRuns shown = ShownRuns.getDefault();
    private final AtomicLong shownAt = new AtomicLong();
    /** When the last listener of the shown runs (after the Results view's) heard of the newest run. */
    private final AtomicLong handledAt = new AtomicLong();
    /** Per timed step: ms to the run shown, and to every listener (the view's included) done. */
    private final List<double[]> splits = new ArrayList<>();
    private int fades;
    private RunData lastShown;
    /** The chart canvases seen so far, with the time of their last paint (0: none yet). */
    private final Map<ChartCanvas, Long> paintedAt = new HashMap<>();
    private boolean resultsView;

    @Test
    void liveRerunOfTheDefaultExample() throws Exception {
        Path example = Path.of(System.getProperty("ldnwb.bench.example"));
        IFile file = Workbenches.file(Workbenches.project(PROJECT), "example.ldnpipe", Files.readString(example));
        Shell ownShell = null;
        try {
            PipelineEditor editor = (PipelineEditor) Workbenches.open(file, UiIds.PIPELINE_EDITOR);
            PipelineDocument document = editor.getAdapter(PipelineDocument.class);
            shown.addListener(runs -> {
                if (runs.size() == 1 && shown.faded() == null && runs.get(0) != lastShown) {
                    lastShown = runs.get(0);
                    shownAt.set(System.nanoTime());
                }
            });
            IViewPart view = resultsView(editor);
            SweepBar bar = view == null ? null : Widgets.all(SweepBar.class, b -> true).stream()
                    .findFirst().orElse(null);
            resultsView = bar != null;
            shown.addListener(runs -> {
                if (shown.faded() != null) {
                    fades++;
                } else {
                    handledAt.set(System.nanoTime());
                }
            });
            if (bar == null) {
                ownShell = new Shell(UiWait.display());
                ownShell.setLayout(new FillLayout());
                LiveRerun live = new LiveRerun(shown);
                live.follow(editor);
                bar = new SweepBar(ownShell, live);
                ownShell.setSize(900, 60);
                ownShell.open();
            }
            LiveRerun live = bar.live();
            SweepBar sweep = bar;
            IntConsumer edit = i -> document.edit("LDN dose", p -> p.scenarios().get(0).parameters()
                    .put("dosing.amount", 3.0 + (i % 10) * 0.25));
            IntConsumer step = i -> sweep.slideTo(SweepScale.STEPS / 2 + (i % 10) * 4);
            for (int i = 0; i < WARM_UP; i++) {
                redrawn(edit, i);
                redrawn(step, i);
            }
            sweep.reset();
            redrawnAfter(null);
            int fadesBefore = fades;
            double[][] edits = times(edit);
            double[][] steps = times(step);
            int faded = fades - fadesBefore;
            int staleBefore = live.staleRuns();
            double burstLast = burst(step);
            int stale = live.staleRuns() - staleBefore;
            sweep.reset();
            redrawnAfter(null);
            String table = table(edits, steps, faded, burstLast, stale, breakdown(document.pipeline()),
                    chartParts());
            System.out.println("LIVE BENCHMARK\n" + table);
            Files.writeString(Path.of(System.getProperty("ldnwb.bench.out")), table);
        } finally {
            if (ownShell != null) {
                ownShell.dispose();
            }
            Workbenches.closeAllEditors();
            Workbenches.deleteProject(PROJECT);
        }
    }

    /** @return the Results view shown beside the editor, or null when this build has none */
    private static IViewPart resultsView(PipelineEditor editor) {
        IWorkbenchPage page = editor.getSite().getPage();
        try {
            IViewPart view = page.showView(UiIds.RESULTS_VIEW);
            page.activate(editor); // the view follows the active pipeline editor
            UiWait.processEvents();
            return view;
        } catch (PartInitException e) {
            return null;
        }
    }

    /** @return per step ms to redrawn, then ms to shown, then ms to the view's listener done (3 rows) */
    private double[][] times(IntConsumer action) {
        double[][] ms = new double[3][EDITS];
        for (int i = 0; i < EDITS; i++) {
            ms[0][i] = redrawn(action, i);
            ms[1][i] = splits.get(splits.size() - 1)[0];
            ms[2][i] = splits.get(splits.size() - 1)[1];
        }
        return ms;
    }

    /** @return ms from the action to the new run redrawn (the last paint of a chart canvas after it was shown) */
    private double redrawn(IntConsumer action, int i) {
        long t0 = System.nanoTime();
        long end = redrawnAfter(() -> action.accept(i));
        splits.add(new double[] {(shownAt.get() - t0) / 1e6, (handledAt.get() - t0) / 1e6});
        return (end - t0) / 1e6;
    }

    /**
     * Runs {@code action} (or nothing) and waits until a new run is shown and a chart canvas painted after it.
     *
     * @return the time the new run was shown, or the last chart paint after it
     */
    private long redrawnAfter(Runnable action) {
        RunData before = lastShown;
        if (action != null) {
            action.run();
        }
        UiWait.until("a new live run shown", () -> lastShown != before, TIMEOUT);
        long at = shownAt.get();
        if (!resultsView) {
            return at;
        }
        boolean known = watchCharts();
        if (!known) {
            UiWait.pause(Duration.ofMillis(300)); // charts made for this run: let them settle, not timed
            watchCharts();
            return at;
        }
        UiWait.until("a chart redrawn", () -> paintedAt.values().stream().anyMatch(t -> t >= at), TIMEOUT);
        UiWait.pause(Duration.ofMillis(40)); // the other charts' paints of the same run, to take the last one
        return Math.max(at, paintedAt.values().stream().mapToLong(Long::longValue).max().orElse(at));
    }

    /** @return whether every chart canvas was already watched (no new one was made for this run) */
    private boolean watchCharts() {
        boolean known = true;
        for (ChartCanvas c : Widgets.all(ChartCanvas.class, c -> true)) {
            if (!paintedAt.containsKey(c)) {
                paintedAt.put(c, 0L);
                c.addListener(SWT.Paint, e -> paintedAt.put(c, System.nanoTime()));
                known = false;
            }
        }
        paintedAt.keySet().removeIf(Canvas::isDisposed);
        return known && !paintedAt.isEmpty();
    }

    /**
     * Steps the slider {@link #BURST} times, one step per 16 ms (a drag at 60 Hz), without waiting for runs.
     *
     * @return ms from the last step to its run redrawn
     */
    private double burst(IntConsumer step) {
        for (int i = 0; i < BURST - 1; i++) {
            step.accept(i + 13);
            UiWait.pause(Duration.ofMillis(16));
        }
        return redrawn(step, BURST + 13);
    }

    /** @return warm medians of the parts of a live run, measured here without the window */
    private static double[] breakdown(Pipeline pipeline) throws Exception {
        PipelineCompiler compiler = new PipelineCompiler(MechanismRegistry.getDefault());
        double[] compile = new double[EDITS];
        double[] simulate = new double[EDITS];
        double[] factory = new double[EDITS];
        for (int i = 0; i < EDITS; i++) {
            long t0 = System.nanoTime();
            List<CompiledPipeline> runs = compiler.compileAll(pipeline, "bench", List.of());
            long t1 = System.nanoTime();
            List<RunSummary> summaries = runs.parallelStream().map(r -> {
                try {
                    return RunSummary.of(Simulator.run(r));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            long t2 = System.nanoTime();
            RunDataFactory.of("bench", pipeline, null, java.time.Instant.now(), summaries);
            long t3 = System.nanoTime();
            compile[i] = (t1 - t0) / 1e6;
            simulate[i] = (t2 - t1) / 1e6;
            factory[i] = (t3 - t2) / 1e6;
        }
        return new double[] {median(compile), median(simulate), median(factory)};
    }

    /**
     * @return the number of charts, then the warm medians of building and of drawing the charts of the shown run
     *         (as the Results view builds them: its default outputs, every scenario), then the width and height
     *         drawn; null without a Results view
     */
    private double[] chartParts() {
        List<ChartCanvas> canvases = paintedAt.keySet().stream().filter(c -> !c.isDisposed()).toList();
        if (!resultsView || canvases.isEmpty() || lastShown == null) {
            return null;
        }
        List<RunData> runs = List.of(lastShown);
        List<String> names = ShownOutputs.of(runs).defaults();
        TimeAxis axis = TimeAxis.of(WorkbenchPreferences.chartTimeUnit(), lastShown.scenarios().get(0).time()[
                lastShown.scenarios().get(0).time().length - 1]);
        ChartPalette palette = ChartPalette.named(WorkbenchPreferences.chartPalette());
        Point size = canvases.get(0).getSize();
        double[] build = new double[EDITS];
        double[] draw = new double[EDITS];
        Shell shell = new Shell(UiWait.display());
        shell.setLayout(new FillLayout());
        ChartCanvas canvas = new ChartCanvas(shell, SWT.NONE);
        shell.setSize(size);
        shell.open();
        Image image = new Image(UiWait.display(), size.x, size.y);
        GC gc = new GC(image);
        try {
            for (int i = 0; i < EDITS; i++) {
                long t0 = System.nanoTime();
                ChartLines lines = new ChartLines(runs, null);
                List<JFreeChart> charts = new ArrayList<>();
                for (String name : names) {
                    OutputColumn o = ShownOutputs.of(runs).named(name);
                    charts.add(OutputChart.of(name, o.description(), o.unit(), o.levels(), lines.of(name, axis), axis,
                            palette).buildForScreen());
                }
                long t1 = System.nanoTime();
                for (JFreeChart chart : charts) {
                    canvas.setChart(chart);
                    canvas.print(gc); // its paint: the chart drawn through SWTGraphics2D into its image, then copied
                }
                long t2 = System.nanoTime();
                build[i] = (t1 - t0) / 1e6;
                draw[i] = (t2 - t1) / 1e6;
            }
        } finally {
            gc.dispose();
            image.dispose();
            shell.dispose();
        }
        return new double[] {names.size(), median(build), median(draw), size.x, size.y};
    }

    private String table(double[][] edits, double[][] steps, int faded, double burstLast, int stale,
            double[] parts, double[] chartParts) {
        String end = !resultsView ? "run shown (no Results view in this build: charts not drawn)"
                : "charts redrawn (Results view, " + paintedAt.size() + " charts)";
        StringBuilder t = new StringBuilder();
        t.append("| from ... to ").append(end).append(" | median [ms] | p90 [ms] | max [ms] | n |\n");
        t.append("|---|---:|---:|---:|---:|\n");
        t.append(row("parameter edit (document.edit of a scenario's dose)", edits[0]));
        t.append(row("slider step (SweepBar, temporary layer)", steps[0]));
        t.append(String.format(Locale.ROOT, "| last step of a %d-step drag at 60 Hz | %.1f | | | 1 |%n", BURST,
                burstLast));
        t.append(String.format(Locale.ROOT, "%nOf these (medians): edit to run shown %.1f ms, to the Results view "
                + "updated (its listener done) %.1f ms; slider step to run shown %.1f ms, to the view updated %.1f ms. "
                + "Previous run shown faded (run slower than the fade delay) in %d of %d steps.%n", median(edits[1]),
                median(edits[2]), median(steps[1]), median(steps[2]), faded, 2 * EDITS));
        t.append(String.format(Locale.ROOT, "Stale runs cancelled or dropped during the drag: %d of %d.%n", stale,
                BURST));
        t.append(String.format(Locale.ROOT, "Parts (warm medians of %d, measured in the same workbench): compile "
                + "4 scenarios %.1f ms, simulate 4 in parallel %.1f ms, RunData %.1f ms.%n", EDITS, parts[0],
                parts[1], parts[2]));
        if (chartParts != null) {
            t.append(String.format(Locale.ROOT, "Charts of the shown run (%d outputs, warm medians of %d): build "
                    + "lines and JFreeCharts %.1f ms, paint them (ChartCanvas, %d x %d px each) %.1f ms.%n",
                    (int) chartParts[0], EDITS, chartParts[1], (int) chartParts[3], (int) chartParts[4],
                    chartParts[2]));
        }
        return t.toString();
    }

    private static String row(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |%n", what, median(ms),
                s[(int) Math.ceil(0.9 * s.length) - 1], s[s.length - 1], s.length);
    }

    private static double median(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
