package org.ldnworkbench.ui.tests.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.Range;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.charts.core.ChartExport;
import org.ldnworkbench.charts.ui.ChartCanvas;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.results.ResultsCommands;
import org.ldnworkbench.ui.internal.results.ResultsView;
import org.ldnworkbench.ui.internal.results.RunsDescription;
import org.ldnworkbench.ui.internal.runs.RunData;
import org.ldnworkbench.ui.internal.runs.ShownRuns;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.Screenshots;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;
import org.w3c.dom.Document;

/**
 * The Results view showing a real run of the default example (LDN 4.5 mg against 50 mg, four scenarios, 56 days):
 * both regimens in the charts' legends and series and in the metrics table, the tool bar's log axis, time unit and
 * last-day zoom acting on every chart, and the chart exported as PNG, SVG, PDF and CSV files that parse.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ResultsViewTest {
    private static final String KEY = ResultsView.WIDGET_KEY;
    private static final String OCCUPANCY = "receptor.occupancy";
    private static RunData run;

    @BeforeAll
    static void simulateTheExample() throws Exception {
        run = ExampleRun.simulate("ldn-vs-standard test run");
    }

    @AfterAll
    static void closeTheView() {
        ShownRuns.getDefault().showAll(List.of());
        IViewPart view = Workbenches.page().findView(UiIds.RESULTS_VIEW);
        if (view != null) {
            Workbenches.page().hideView(view);
        }
    }

    @Test
    void bothRegimensAreInTheChartsAndTheMetricsTable() {
        ResultsView view = show(run);

        List<ChartCanvas> charts = charts(view);
        assertEquals(List.of("results.chart:receptor.occupancy", "results.chart:rebound.signaling",
                "results.chart:inflammation.glialActivation"), charts.stream().map(c -> c.getData(KEY)).toList(),
                "the three default outputs are not charted, in order");
        JFreeChart occupancy = chart(view, OCCUPANCY);
        List<String> legend = legend(occupancy);
        assertTrue(legend.contains(ExampleRun.LDN) && legend.contains(ExampleRun.STANDARD),
                "the legend lacks a regimen: " + legend);
        assertTrue(seriesKeys(occupancy).containsAll(List.of(ExampleRun.LDN, ExampleRun.STANDARD)),
                "the plotted series lack a regimen: " + seriesKeys(occupancy));
        assertEquals("occupancy [fraction]", occupancy.getXYPlot().getRangeAxis().getLabel());
        assertTrue(view.getContentDescription().startsWith("Pipeline '" + run.pipelineName()
                + "': ldn-vs-standard test run"), "the view does not say whose run it shows: "
                + view.getContentDescription());
        assertEquals("Pipeline '" + run.pipelineName() + "': ldn-vs-standard test run", RunsDescription.of(List.of(run),
                null, run.pipelineName()), "the same pipeline in the active editor is named again");
        assertEquals("Pipeline '" + run.pipelineName() + "': ldn-vs-standard test run. The sweep re-simulates 'other',"
                + " the active editor's pipeline", RunsDescription.of(List.of(run), null, "other"),
                "the view does not say that the sweep acts on another pipeline than the one shown");

        Table metrics = Widgets.find(view.getSite().getShell(), Table.class, Widgets.withData(KEY, "results.metrics"),
                "the metrics table");
        List<String> rows = Arrays.stream(metrics.getItems()).map(i -> i.getText(0)).toList();
        assertTrue(rows.contains(ExampleRun.LDN) && rows.contains(ExampleRun.STANDARD),
                "the metrics table lacks a regimen: " + rows);
        List<String> headers = Arrays.stream(metrics.getColumns()).map(TableColumn::getText).toList();
        assertTrue(headers.size() > 3 && headers.stream().skip(1).allMatch(h -> h.endsWith("]")),
                "metric columns without their unit: " + headers);
        TableItem ldn = metrics.getItem(rows.indexOf(ExampleRun.LDN));
        assertTrue(Arrays.stream(new int[] { 1, 2, 3 }).mapToObj(ldn::getText).noneMatch(String::isBlank),
                "LDN's first metrics are empty");
        Screenshots.save(view.getSite().getShell(), "results-view-ldn-vs-standard");
    }

    @Test
    void theMetricsTableSortsByAClickedHeaderAndCopiesTheSelectedRows() {
        ResultsView view = show(run);
        Table metrics = Widgets.find(view.getSite().getShell(), Table.class, Widgets.withData(KEY, "results.metrics"),
                "the metrics table");
        TableColumn[] columns = metrics.getColumns();
        int peak = Arrays.asList(columns).indexOf(Arrays.stream(columns)
                .filter(c -> c.getText().startsWith("Peak occupancy")).findFirst()
                .orElseThrow(() -> new AssertionError("no peak occupancy column")));

        columns[peak].notifyListeners(SWT.Selection, new Event());
        List<Double> values = Arrays.stream(metrics.getItems()).map(i -> Double.parseDouble(i.getText(peak)))
                .toList();
        assertEquals(values.stream().sorted().toList(), values, "not sorted by peak occupancy, ascending");
        assertEquals(columns[peak], metrics.getSortColumn());
        assertEquals(SWT.UP, metrics.getSortDirection());
        columns[peak].notifyListeners(SWT.Selection, new Event());
        assertEquals(ExampleRun.STANDARD, metrics.getItem(0).getText(0), "50 mg blocks the most, first descending");

        metrics.setSelection(0);
        metrics.setFocus();
        Workbenches.execute(IWorkbenchCommandConstants.EDIT_COPY);
        Clipboard clipboard = new Clipboard(metrics.getDisplay());
        String copied;
        try {
            copied = (String) clipboard.getContents(TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
        assertNotNull(copied, "Copy put no text on the clipboard");
        String[] lines = copied.split("\n");
        assertEquals(2, lines.length, "the header and the one selected row: " + copied);
        assertTrue(lines[0].startsWith("Scenario\t") && lines[0].contains("[fraction]"), lines[0]);
        assertTrue(lines[1].startsWith(ExampleRun.STANDARD + "\t"), lines[1]);
    }

    @Test
    void aReRunOfTheSamePipelineKeepsTheUsersColumnWidthsAndChartsEverySample() throws Exception {
        ResultsView view = show(run);
        Table metrics = Widgets.find(view.getSite().getShell(), Table.class, Widgets.withData(KEY, "results.metrics"),
                "the metrics table");
        metrics.getColumn(1).setWidth(37);
        RunData again = ExampleRun.simulate("ldn-vs-standard re-run");

        ShownRuns.getDefault().show(again);
        UiWait.processEvents();

        assertEquals(37, metrics.getColumn(1).getWidth(), "a re-run reset the width the user gave a column");
        var data = chart(view, OCCUPANCY).getXYPlot().getDataset();
        assertEquals(again.scenarios().get(0).time().length, data.getItemCount(0),
                "the chart on screen does not keep every sample (a zoom into a day would show thinned lines)");
    }

    @Test
    void logAxisTimeUnitAndLastDayActOnEveryChart() {
        ResultsView view = show(run);
        assertEquals("Time [days]", chart(view, OCCUPANCY).getXYPlot().getDomainAxis().getLabel(),
                "56 days are drawn in days by default (preference auto)");

        Workbenches.execute(ResultsCommands.LOG_AXIS);
        UiWait.until("the value axes to turn logarithmic",
                () -> charts(view).stream().allMatch(c -> c.getChart().getXYPlot().getRangeAxis() instanceof LogAxis));
        Workbenches.execute(ResultsCommands.LOG_AXIS);
        UiWait.until("the value axes to turn linear again", () -> charts(view).stream()
                .allMatch(c -> c.getChart().getXYPlot().getRangeAxis() instanceof NumberAxis));

        Workbenches.execute(ResultsCommands.TIME_IN_DAYS);
        UiWait.until("the time axes to be in hours", () -> charts(view).stream()
                .allMatch(c -> c.getChart().getXYPlot().getDomainAxis().getLabel().equals("Time [h]")));
        Range whole = chart(view, OCCUPANCY).getXYPlot().getDomainAxis().getRange();
        assertEquals(1344, whole.getUpperBound(), 1, "the whole run is 1344 h");

        Workbenches.execute(ResultsCommands.LAST_DAY);
        for (ChartCanvas c : charts(view)) {
            Range r = c.getChart().getXYPlot().getDomainAxis().getRange();
            assertEquals(1320, r.getLowerBound(), 1e-6, c.getData(KEY) + " does not start at the last day");
            assertEquals(1344, r.getUpperBound(), 1e-6, c.getData(KEY) + " does not end at the run's end");
        }

        Workbenches.execute(ResultsCommands.TIME_IN_DAYS);
        Range inDays = chart(view, OCCUPANCY).getXYPlot().getDomainAxis().getRange();
        assertEquals(55, inDays.getLowerBound(), 1e-6, "the last day is kept when the unit changes");
        assertEquals(56, inDays.getUpperBound(), 1e-6);

        Workbenches.execute(ResultsCommands.RESET_ZOOM);
        assertEquals(56, chart(view, OCCUPANCY).getXYPlot().getDomainAxis().getRange().getLength(), 0.5,
                "Show Whole Run did not show the 56 days");
    }

    @Test
    void zoomingOneChartShowsTheSameTimeInTheOthers() {
        ResultsView view = show(run);
        Workbenches.execute(ResultsCommands.RESET_ZOOM);
        List<ChartCanvas> charts = charts(view);

        charts.get(0).zoomDomain(10, 20);
        for (ChartCanvas c : charts.subList(1, charts.size())) {
            Range r = c.getChart().getXYPlot().getDomainAxis().getRange();
            assertEquals(10, r.getLowerBound(), 1e-6, c.getData(KEY) + " did not follow the zoom of the first chart");
            assertEquals(20, r.getUpperBound(), 1e-6, c.getData(KEY) + " did not follow the zoom of the first chart");
        }
        charts.get(1).resetZoom();
        assertEquals(56, charts.get(0).getChart().getXYPlot().getDomainAxis().getRange().getLength(), 0.5,
                "a reset of the second chart did not show the whole run in the first");
    }

    @Test
    void theShownChartExportsAsPngSvgPdfAndCsvFilesThatParse(@TempDir Path folder) throws Exception {
        ResultsView view = show(run);
        Workbenches.execute(ResultsCommands.LAST_DAY);
        JFreeChart chart = chart(view, OCCUPANCY);

        Path png = write(chart, ChartExport.Format.PNG, folder);
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " is not an image");
        assertEquals(900, image.getWidth());

        Path svg = write(chart, ChartExport.Format.SVG, folder);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        // the SVG names its DTD on www.w3.org: parse it without fetching that
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = xml.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertTrue(doc.getElementsByTagNameNS("*", "path").getLength() > 0, svg + " draws no path");

        Path pdf = write(chart, ChartExport.Format.PDF, folder);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, d.getNumberOfPages(), pdf + " has not one page");
        }

        Path csv = folder.resolve("occupancy.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            ChartExport.writeCsv(chart, w);
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("series,Time [days],occupancy [fraction]", lines.get(0));
        assertTrue(lines.size() > 10, "the CSV has almost no data: " + lines.size() + " lines");
        assertTrue(lines.stream().skip(1).anyMatch(l -> l.startsWith("\"" + ExampleRun.LDN + "\",")
                || l.startsWith(ExampleRun.LDN + ",")), "no LDN row in the CSV");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.substring(line.lastIndexOf('"') + 1).split(",");
            double t = Double.parseDouble(cells[cells.length - 2]);
            assertTrue(t >= 55 - 1e-9 && t <= 56 + 1e-9, "a CSV row outside the shown last day: " + line);
        }
    }

    private static Path write(JFreeChart chart, ChartExport.Format format, Path folder) throws Exception {
        Path file = folder.resolve("occupancy." + format.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartExport.write(chart, format, 900, 600, out);
        }
        assertTrue(Files.size(file) > 0, file + " is empty");
        return file;
    }

    private static ResultsView show(RunData shown) {
        ShownRuns.getDefault().show(shown);
        IWorkbenchPage page = Workbenches.page();
        try {
            ResultsView view = assertInstanceOf(ResultsView.class, page.showView(UiIds.RESULTS_VIEW));
            page.activate(view);
            UiWait.until("the Results view to chart the run", () -> !charts(view).isEmpty());
            // each test starts from the whole run (the view keeps its time window while runs come and go)
            Workbenches.execute(ResultsCommands.RESET_ZOOM);
            return view;
        } catch (PartInitException e) {
            throw new AssertionError("the Results view did not open: " + e.getMessage(), e);
        }
    }

    private static List<ChartCanvas> charts(ResultsView view) {
        return Widgets.all(view.getSite().getShell(), ChartCanvas.class,
                c -> String.valueOf(c.getData(KEY)).startsWith("results.chart:") && !c.isDisposed());
    }

    private static JFreeChart chart(ResultsView view, String output) {
        return charts(view).stream().filter(c -> ("results.chart:" + output).equals(c.getData(KEY))).findFirst()
                .orElseThrow(() -> new AssertionError("no chart of " + output)).getChart();
    }

    private static List<String> legend(JFreeChart chart) {
        LegendItemCollection items = chart.getXYPlot().getLegendItems();
        return java.util.stream.IntStream.range(0, items.getItemCount()).mapToObj(items::get)
                .map(LegendItem::getLabel).toList();
    }

    private static List<String> seriesKeys(JFreeChart chart) {
        var data = chart.getXYPlot().getDataset();
        return java.util.stream.IntStream.range(0, data.getSeriesCount()).mapToObj(i -> String.valueOf(data
                .getSeriesKey(i))).toList();
    }
}
