package org.ldnworkbench.charts.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.charts.core.ChartExport;
import org.ldnworkbench.charts.core.ChartExport.Format;
import org.ldnworkbench.charts.core.ChartPalette;
import org.ldnworkbench.charts.core.OutputChart;
import org.ldnworkbench.charts.core.OutputChart.Line;
import org.ldnworkbench.charts.core.ReferenceLevel;
import org.ldnworkbench.charts.core.TimeAxis;
import org.w3c.dom.Document;

class ChartExportTest {
    private static final String TITLE = "Fraction of receptors bound (receptor.occupancy)";

    /** Two scenarios over four days, one point every 12 h; their second has a comma and a quote in its name. */
    private static JFreeChart chart() {
        double[] t = { 0, 12, 24, 36, 48, 60, 72, 84, 96 };
        double[] a = { 0, 0.5, 0.6, 0.55, 0.6, 0.52, 0.61, 0.53, 0.6 };
        double[] b = { 0, 0.9, 0.93, 0.92, 0.94, 0.92, 0.94, 0.93, 0.94 };
        return OutputChart.of("receptor.occupancy", "Fraction of receptors bound", "fraction",
                List.of(new ReferenceLevel(0.5, "half")),
                List.of(new Line("LDN 4.5 mg", t, a, 0, false, false),
                        new Line("50 mg, \"standard\"", t, b, 1, false, false)),
                TimeAxis.DAYS, ChartPalette.named("okabe-ito")).build();
    }

    private static byte[] export(Format f, int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartExport.write(chart(), f, w, h, out);
        return out.toByteArray();
    }

    @Test
    void pngDecodesAtTheAskedSize() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(export(Format.PNG, 640, 400)));
        assertEquals(640, image.getWidth());
        assertEquals(400, image.getHeight());
        assertEquals(0xFFFFFF, image.getRGB(2, 2) & 0xFFFFFF, "white background");
    }

    @Test
    void svgIsAnSvgDocumentWithTheTitleAsText() throws Exception {
        byte[] svg = export(Format.SVG, 640, 400);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // the document names the SVG 1.0 DTD: never fetch it
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
        assertEquals("640", doc.getDocumentElement().getAttribute("width"));
        assertTrue(doc.getDocumentElement().getTextContent().contains(TITLE));
    }

    @Test
    void pdfHasOnePageOfTheChartsSizeDrawnAsVectors() throws IOException {
        try (PDDocument doc = Loader.loadPDF(export(Format.PDF, 640, 400))) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(640, page.getMediaBox().getWidth(), 1e-3);
            assertEquals(400, page.getMediaBox().getHeight(), 1e-3);
            // text is drawn as outlines (no font to embed or substitute), lines as paths: no picture inside
            assertEquals("", new PDFTextStripper().getText(doc).strip());
            PDFormXObject chart = chartForm(page);
            try (InputStream content = chart.getContents()) {
                assertTrue(content.readAllBytes().length > 1000, "the chart draws something");
            }
            for (COSName name : chart.getResources().getXObjectNames()) {
                assertFalse(chart.getResources().isImageXObject(name), "a raster image in the PDF: " + name);
            }
        }
    }

    /** @return the form that PDFBox's Graphics2D drew the chart into, which the page draws */
    private static PDFormXObject chartForm(PDPage page) throws IOException {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDFormXObject form) {
                return form;
            }
        }
        throw new AssertionError("the page draws no form");
    }

    @Test
    void csvHasExactlyThePointsInTheShownRange() throws IOException {
        JFreeChart c = chart();
        c.getXYPlot().getDomainAxis().setRange(1.0, 2.0); // days 1 to 2: hours 24, 36 and 48
        StringWriter out = new StringWriter();
        ChartExport.writeCsv(c, out);
        assertEquals(String.join("\n", "series,Time [days],occupancy [fraction]",
                "LDN 4.5 mg,1.0,0.6", "LDN 4.5 mg,1.5,0.55", "LDN 4.5 mg,2.0,0.6",
                "\"50 mg, \"\"standard\"\"\",1.0,0.93", "\"50 mg, \"\"standard\"\"\",1.5,0.92",
                "\"50 mg, \"\"standard\"\"\",2.0,0.94") + "\n", out.toString());
    }

    @Test
    void csvOfAnUnzoomedChartHasEveryPoint() throws IOException {
        StringWriter out = new StringWriter();
        ChartExport.writeCsv(chart(), out);
        assertEquals(1 + 2 * 9, out.toString().lines().count());
    }

    @Test
    void formatsFollowTheFileName() {
        assertEquals(Format.PDF, Format.ofFileName("occupancy.PDF"));
        assertEquals(Format.SVG, Format.ofFileName("/tmp/a.b/occupancy.svg"));
        assertEquals("png", Format.PNG.extension());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Format.ofFileName("occupancy.jpg"));
        assertTrue(e.getMessage().contains("occupancy.jpg"), e.getMessage());
    }

    @Test
    void svgTextIsUtf8() throws IOException {
        String svg = new String(export(Format.SVG, 300, 200), StandardCharsets.UTF_8);
        assertTrue(svg.contains("Time [days]"), svg.substring(0, Math.min(300, svg.length())));
    }

    @Test
    void aFileIsWrittenInTheFormatOfItsNameReplacingAnOldOneAndLeavingNoTemporaryFile(@TempDir Path dir)
            throws IOException {
        Path csv = dir.resolve("occupancy.csv");
        Files.writeString(csv, "old");
        ChartExport.writeFile(chart(), csv, 640, 400);
        assertTrue(Files.readString(csv).startsWith("series,Time [days],occupancy [fraction]\n"));
        Path pdf = dir.resolve("occupancy.PDF");
        ChartExport.writeFile(chart(), pdf, 640, 400);
        assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("occupancy.PDF", "occupancy.csv"), files.map(f -> f.getFileName().toString())
                    .sorted().toList());
        }
    }

    @Test
    void anExportedFileHasTheAccessOfAnyNewFile(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path svg = dir.resolve("occupancy.svg");
        ChartExport.writeFile(chart(), svg, 300, 200);
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(svg));
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedInTheError(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder").resolve("occupancy.svg");
        IOException e = assertThrows(IOException.class, () -> ChartExport.writeFile(chart(), missing, 640, 400));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> ChartExport.writeFile(chart(), dir.resolve("occupancy.gif"), 640, 400));
        assertTrue(wrong.getMessage().contains("occupancy.gif"), wrong.getMessage());
    }
}
