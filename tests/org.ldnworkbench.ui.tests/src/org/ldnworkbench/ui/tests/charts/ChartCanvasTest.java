package org.ldnworkbench.ui.tests.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.charts.core.ChartPalette;
import org.ldnworkbench.charts.core.OutputChart;
import org.ldnworkbench.charts.core.OutputChart.Line;
import org.ldnworkbench.charts.core.ReferenceLevel;
import org.ldnworkbench.charts.core.TimeAxis;
import org.ldnworkbench.charts.ui.ChartCanvas;
import org.ldnworkbench.charts.ui.ChartExportDialog;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.Screenshots;
import org.ldnworkbench.ui.tests.support.UiWait;

/**
 * The chart component in a shell of its own, driven through its listeners as SWT calls them: band zoom, wheel, keys,
 * double-click, hover tooltip, keeping the zoom over a new chart, and export of what it shows.
 */
class ChartCanvasTest {
    private Shell shell;
    private ChartCanvas canvas;
    private final AtomicInteger zooms = new AtomicInteger();
    private final AtomicInteger paints = new AtomicInteger();

    /** Two scenarios over 14 days, hourly, with the run before the first one faded: a receptor occupancy. */
    static JFreeChart occupancy() {
        int n = 14 * 24 + 1;
        double[] t = new double[n];
        double[] ldn = new double[n];
        double[] standard = new double[n];
        double[] before = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i;
            double sinceNight = ((i - 22) % 24 + 24) % 24; // hours since the 22:00 dose
            double sinceMorning = ((i - 8) % 24 + 24) % 24;
            ldn[i] = i < 22 ? 0 : 0.6 * Math.exp(-sinceNight / 10);
            standard[i] = i < 8 ? 0 : 0.94 - 0.03 * sinceMorning / 24;
            before[i] = i < 22 ? 0 : 0.5 * Math.exp(-sinceNight / 10);
        }
        return OutputChart.of("receptor.occupancy", "Fraction of mu-opioid receptors bound by the antagonists", "fraction",
                List.of(new ReferenceLevel(0.5, "half of the receptors")),
                List.of(new Line("LDN 4.5 mg 22:00", t, ldn, 0, false, false),
                        new Line("50 mg 08:00", t, standard, 1, false, false),
                        new Line("LDN 4.5 mg 22:00", t, before, 0, true, false)),
                TimeAxis.DAYS, ChartPalette.named("okabe-ito")).build();
    }

    /** Two flat lines over 10 days, one point a day: "low" at 0.25 and "high" at 0.75, the value axis fixed 0..1. */
    static JFreeChart twoLevels() {
        double[] t = new double[11];
        double[] low = new double[11];
        double[] high = new double[11];
        for (int i = 0; i <= 10; i++) {
            t[i] = 24 * i;
            low[i] = 0.25;
            high[i] = 0.75;
        }
        JFreeChart c = OutputChart.of("receptor.occupancy", "", "fraction", List.of(),
                List.of(new Line("low", t, low, 0, false, false), new Line("high", t, high, 1, false, false)),
                TimeAxis.DAYS, ChartPalette.named("okabe-ito")).build();
        c.getXYPlot().getRangeAxis().setRange(0, 1);
        return c;
    }

    @BeforeEach
    void openShell() {
        shell = new Shell(UiWait.display());
        shell.setText("Chart");
        shell.setLayout(new FillLayout());
        canvas = new ChartCanvas(shell, SWT.NONE);
        canvas.addZoomListener(zooms::incrementAndGet);
        canvas.addPaintListener(e -> paints.incrementAndGet());
        canvas.setChart(occupancy());
        shell.setBounds(10, 10, 900, 540);
        shell.open();
        UiWait.until("the chart drawn", () -> canvas.getDataArea() != null && paints.get() > 0);
    }

    @AfterEach
    void closeShell() {
        shell.dispose();
    }

    private XYPlot plot() {
        return canvas.getChart().getXYPlot();
    }

    private Range domain() {
        return plot().getDomainAxis().getRange();
    }

    /** @return the domain value (days) at pixel {@code x} of the canvas, as the last drawing placed the axis */
    private double dayAt(int x) {
        Rectangle a = canvas.getDataArea();
        return plot().getDomainAxis().java2DToValue(x, new java.awt.geom.Rectangle2D.Double(a.x, a.y, a.width,
                a.height), plot().getDomainAxisEdge());
    }

    /** Waits until the canvas has painted again (after a zoom or a new chart, whose axes may have moved). */
    private void redrawn() {
        int before = paints.get();
        canvas.redraw();
        canvas.update();
        UiWait.until("the chart repainted", () -> paints.get() > before);
    }

    @Test
    void draggingABandZoomsIntoItAndDoubleClickShowsEverything() {
        Rectangle a = canvas.getDataArea();
        int x1 = a.x + a.width / 4;
        int x2 = a.x + a.width / 2;
        int y = a.y + a.height / 2;
        double from = dayAt(x1);
        double to = dayAt(x2);
        Events.notifyDrag(canvas, new Point(x1, y), new Point(x2, y));

        assertEquals(from, domain().getLowerBound(), 1e-9);
        assertEquals(to, domain().getUpperBound(), 1e-9);
        assertEquals(1, zooms.get());

        Event click = new Event();
        click.x = x1;
        click.y = y;
        click.button = 1;
        Events.notify(canvas, SWT.MouseDoubleClick, click);
        assertEquals(new Range(0, 14), domain());
        assertEquals(2, zooms.get());
    }

    @Test
    void aClickWithoutDraggingDoesNotZoom() {
        Rectangle a = canvas.getDataArea();
        Events.notifyClick(canvas, new Point(a.x + a.width / 2, a.y + a.height / 2));
        assertEquals(new Range(0, 14), domain());
        assertEquals(0, zooms.get());
    }

    @Test
    void theWheelZoomsAroundThePointerAndKeysZoomPanAndReset() {
        Rectangle a = canvas.getDataArea();
        int x = a.x + a.width / 4;
        double day = dayAt(x);
        Event wheel = new Event();
        wheel.x = x;
        wheel.y = a.y + a.height / 2;
        wheel.count = 3;
        Events.notify(canvas, SWT.MouseVerticalWheel, wheel);
        assertEquals(14 * 0.8, domain().getLength(), 1e-9);
        redrawn();
        assertEquals(day, dayAt(x), 1e-6, "the time under the pointer stays under it");

        Range before = domain();
        key(SWT.ARROW_RIGHT);
        assertEquals(before.getLength(), domain().getLength(), 1e-9);
        assertTrue(domain().getLowerBound() > before.getLowerBound(), "panned to later days: " + domain());

        key('-');
        assertEquals(new Range(0, 14), domain(), "zoomed out to everything");
        key('+');
        assertEquals(14 * 0.8, domain().getLength(), 1e-9);
        key('0');
        assertEquals(new Range(0, 14), domain());
        assertEquals(5, zooms.get());
    }

    private void key(int keyCode) {
        Event e = new Event();
        e.keyCode = keyCode;
        e.character = keyCode < 0x10000 ? (char) keyCode : 0;
        Events.notify(canvas, SWT.KeyDown, e);
        redrawn();
    }

    @Test
    void hoveringNamesTheNearestPointOfTheNearestLine() {
        canvas.setChart(twoLevels());
        redrawn();
        Rectangle a = canvas.getDataArea();
        int x = a.x + a.width / 2; // day 5
        int nearHigh = a.y + (int) Math.round(a.height * 0.25) + 3; // 0.75 is a quarter down from the top
        move(x, nearHigh);
        assertEquals("high: t = 5 days, 0.75 fraction", canvas.getToolTipText());
        move(x, a.y + (int) Math.round(a.height * 0.75) - 3);
        assertEquals("low: t = 5 days, 0.25 fraction", canvas.getToolTipText());
        move(x, a.y + a.height / 2);
        assertNull(canvas.getToolTipText(), "between the lines, far from both");
    }

    private void move(int x, int y) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        Events.notify(canvas, SWT.MouseMove, e);
    }

    @Test
    void aNewChartKeepsTheZoomOnlyWhenAsked() {
        canvas.zoomDomain(3, 5);
        assertEquals(new Range(3, 5), domain());
        canvas.setChart(occupancy(), true);
        assertEquals(new Range(3, 5), domain());
        canvas.setChart(occupancy());
        assertEquals(new Range(0, 14), domain());
    }

    @Test
    void exportWritesWhatIsShownInEveryFormat(@TempDir Path dir) throws IOException {
        canvas.zoomDomain(2, 3);
        for (String ext : List.of("png", "svg", "pdf", "csv")) {
            assertTrue(ChartExportDialog.write(shell, canvas.getChart(), dir.resolve("occupancy." + ext)), ext);
        }
        ImageData png = new ImageData(dir.resolve("occupancy.png").toString());
        assertEquals(ChartExportDialog.WIDTH, png.width);
        assertEquals(ChartExportDialog.HEIGHT, png.height);
        ImageData svg = new ImageData(dir.resolve("occupancy.svg").toString()); // SWT's SVG rasterizer parses it
        assertEquals(ChartExportDialog.WIDTH, svg.width);
        assertTrue(Files.readString(dir.resolve("occupancy.svg")).contains("Time [days]"));
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("occupancy.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
        List<String> csv = Files.readAllLines(dir.resolve("occupancy.csv"), StandardCharsets.UTF_8);
        assertEquals("series,Time [days],occupancy [fraction]", csv.get(0));
        assertEquals(1 + 3 * 25, csv.size(), "hours 48 to 72 of three lines");
        assertFalse(csv.stream().skip(1).anyMatch(row -> {
            double day = Double.parseDouble(row.split(",")[1]);
            return day < 2 || day > 3;
        }), "only the shown days");
    }

    @Test
    void looksRight() {
        canvas.zoomDomain(0, 14);
        redrawn();
        shell.forceActive();
        Path shot = Screenshots.save(canvas, "charts-canvas");
        assertTrue(Files.exists(shot));

        // small, as in a view beside an editor, with a zoom band being dragged
        shell.setSize(520, 320);
        redrawn();
        Rectangle a = canvas.getDataArea();
        int y = a.y + a.height / 2;
        Events.notifyPress(canvas, new Point(a.x + a.width / 3, y));
        Events.notifyMoveInSteps(canvas, new Point(a.x + a.width / 3, y), new Point(a.x + a.width * 2 / 3, y));
        redrawn();
        assertTrue(Files.exists(Screenshots.save(canvas, "charts-canvas-small")));
        Events.notifyRelease(canvas, new Point(a.x + a.width * 2 / 3, y));
    }
}
