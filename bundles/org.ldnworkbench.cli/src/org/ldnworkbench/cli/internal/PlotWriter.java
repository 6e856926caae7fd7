package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.ldnworkbench.charts.core.ChartPalette;
import org.ldnworkbench.charts.core.ChartSeries;
import org.ldnworkbench.charts.core.LineChart;
import org.ldnworkbench.charts.core.OutputChart;
import org.ldnworkbench.charts.core.PngRenderer;
import org.ldnworkbench.charts.core.ReferenceLevel;
import org.ldnworkbench.charts.core.TimeAxis;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.mechanism.MetricSpec;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.Names;

/**
 * Writes the plots of a command into its results folder: the charts are rendered to PNG in parallel (one thread per
 * core; rendering is most of a plot's time), possibly while the command writes its other files, and written one after
 * the other in their given order, so that the folder and its error messages are the same as when they were rendered
 * and written one by one.
 */
final class PlotWriter {
    /** Size of every plot, in pixels. */
    static final int WIDTH = 1000;
    static final int HEIGHT = 560;

    /**
     * One plot to write: its file name under the results folder, what an error message calls it, and how to make its
     * chart (when a rendering thread takes it, so that only the charts being rendered hold copies of the data).
     */
    record Plot(String file, String context, Supplier<LineChart> chart) {
    }

    private PlotWriter() {
    }

    /**
     * The plots of a run: one per output column, with one line per scenario, time in days when the run spans more
     * than three days, and a dashed level at each time-above threshold of that output's metrics.
     */
    static List<Plot> ofRun(List<RunSummary> runs) {
        List<CompiledPipeline.Column> cols = runs.get(0).result().columns();
        List<Plot> plots = new ArrayList<>();
        for (int c = 0; c < cols.size(); c++) {
            int column = c;
            plots.add(new Plot("plots/" + cols.get(c).name() + ".png", "plot of " + Names.quote(cols.get(c).name()),
                    () -> chartOf(runs, column)));
        }
        return plots;
    }

    /** The chart of output column {@code c}: the shared {@link OutputChart} definition, one line per scenario. */
    private static LineChart chartOf(List<RunSummary> runs, int c) {
        CompiledPipeline.Column col = runs.get(0).result().columns().get(c);
        CompiledPipeline first = runs.get(0).result().pipeline();
        List<OutputChart.Line> lines = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunSummary r = runs.get(i);
            lines.add(new OutputChart.Line(r.result().pipeline().scenarioName(),
                    recorded(r.result().time(), r.result().length()),
                    recorded(r.result().column(c), r.result().length()), i, false, false));
        }
        String description = col.mechanism().outputs().get(col.mechanism().outputIndex(col.output()))
                .description();
        List<ReferenceLevel> levels = new ArrayList<>();
        for (MetricSpec m : col.mechanism().metrics()) {
            if (m.output().equals(col.output()) && m.kind() == MetricSpec.Kind.TIME_ABOVE) {
                levels.add(new ReferenceLevel(m.threshold(), m.label()));
            }
        }
        return OutputChart.of(col.name(), description, col.unit(), levels, lines,
                TimeAxis.forSpan(first.settings().end() - first.settings().start()),
                ChartPalette.named(ChartPalette.OKABE_ITO));
    }

    /**
     * @return the first {@code length} values of a result's array: the array itself when it holds no more (charts
     *         only read it), else a copy
     */
    private static double[] recorded(double[] values, int length) {
        return values.length == length ? values : Arrays.copyOf(values, length);
    }

    /**
     * Starts rendering a small throwaway chart in a daemon thread of its own: the first chart of a process costs about
     * a quarter of a second more than the others (the fonts and the graphics of AWT are set up, the chart classes
     * loaded), which this moves to while a command compiles and simulates. It only warms: its chart is discarded and
     * whatever it throws is ignored (a real plot that fails reports its own failure).
     *
     * @return the started thread
     */
    static Thread warmUp() {
        Thread t = warmUpThread(PlotWriter::throwawayPng);
        t.start();
        return t;
    }

    /** @return a daemon thread (not started) that runs {@code warm} and ignores whatever it throws */
    static Thread warmUpThread(Runnable warm) {
        Thread t = new Thread(() -> {
            try {
                warm.run();
            } catch (Throwable e) {
                // only warms: nothing depends on it, and the plots of the command report their own failures
            }
        }, "ldnwb-plot-warm-up");
        t.setDaemon(true); // never keeps the process alive
        return t;
    }

    /** Size of the throwaway chart: small, yet large enough for titles, ticks and a legend to be laid out. */
    private static final int WARM_UP_WIDTH = WIDTH / 4;
    private static final int WARM_UP_HEIGHT = HEIGHT / 4;

    /** @return the PNG of a small chart with what every plot has: title, axis labels, a series, a level, a legend */
    static byte[] throwawayPng() {
        double[] t = { 0, 1, 2 };
        double[] y = { 0, 1.5, 0.25 };
        return new LineChart("warm-up", "Time [h]", "y [1]", List.of(new ChartSeries("warm-up", t, y)))
                .level(1, "level").png(WARM_UP_WIDTH, WARM_UP_HEIGHT);
    }

    /**
     * Starts rendering {@code plots} in parallel, in threads of their own, so that the rendering overlaps whatever the
     * command writes before the plots (a run's CSVs). {@link Rendering#write} then writes them.
     */
    static Rendering render(List<Plot> plots) {
        return new Rendering(plots);
    }

    /**
     * Renders {@code plots} in parallel and writes them into the staging folder of {@code dir} in their order.
     *
     * @return the number of plots written
     * @throws IOException from writing, naming the plot ({@link ResultsDirectory#write})
     */
    static int write(ResultsDirectory dir, List<Plot> plots) throws IOException {
        try (Rendering rendering = render(plots)) {
            return rendering.write(dir);
        }
    }

    /** Plots being rendered; closing it stops what is not rendered yet (when writing the results failed). */
    static final class Rendering implements AutoCloseable {
        private final List<Plot> plots;
        private final ExecutorService pool;
        private final List<Future<byte[]>> rendered = new ArrayList<>();
        /** Each rendering thread's image and buffers, kept from one plot to the next. */
        private final ThreadLocal<PngRenderer> renderer = ThreadLocal.withInitial(() -> new PngRenderer(WIDTH, HEIGHT));

        private Rendering(List<Plot> plots) {
            this.plots = List.copyOf(plots);
            int threads = Math.max(1, Math.min(plots.size(), Runs.threads()));
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "ldnwb-plot");
                t.setDaemon(true);
                return t;
            });
            for (Plot p : this.plots) {
                rendered.add(pool.submit(() -> renderer.get().png(p.chart().get())));
            }
        }

        /**
         * Writes the plots into the staging folder of {@code dir} in their order, each as soon as it is rendered.
         *
         * @return the number of plots written
         * @throws IOException from writing, naming the plot ({@link ResultsDirectory#write})
         */
        int write(ResultsDirectory dir) throws IOException {
            try {
                for (int i = 0; i < plots.size(); i++) {
                    byte[] png = result(rendered.get(i), plots.get(i));
                    dir.write(plots.get(i).file(), plots.get(i).context(), out -> out.write(png));
                }
                return plots.size();
            } finally {
                close();
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    private static byte[] result(Future<byte[]> png, Plot plot) throws IOException {
        try {
            return png.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering the " + plot.context(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            Unchecked.rethrow(cause);
            throw new IOException("cannot render the " + plot.context() + ": " + cause, cause);
        }
    }
}
