package org.ldnworkbench.charts.core;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.w3c.dom.Document;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

/**
 * Writes a chart as it is shown: a picture (PNG; SVG and PDF as vectors, for papers and slides) or the data it plots
 * (CSV). SVG keeps text as text (editable, in the reader's sans-serif font); PDF draws text as outlines of the fonts
 * on screen, so the file looks the same everywhere and needs no embedded or substituted font (journals refuse PDFs
 * with fonts that are not embedded; PDFBox's standard fonts are not). The vector formats go through Apache-licensed Graphics2D bridges (Batik's SVG generator on a
 * JDK DOM document, PDFBox's Graphics2D), so that JFreeChart draws into them exactly as it draws on screen.
 */
public final class ChartExport {
    /** The picture formats. */
    public enum Format {
        PNG, SVG, PDF;

        /** @return the file name extension, without the dot, in lower case */
        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * @return the format of a file name's extension (case ignored)
         * @throws IllegalArgumentException naming the file when its extension is none of the formats
         */
        public static Format ofFileName(String fileName) {
            int dot = fileName.lastIndexOf('.');
            String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (f.extension().equals(ext)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("'" + fileName + "' does not end in .png, .svg or .pdf");
        }
    }

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private ChartExport() {
    }

    /**
     * Draws {@code chart} at {@code width} x {@code height} (pixels for PNG, points for PDF, user units for SVG) and
     * writes it to {@code out}, which stays open.
     */
    public static void write(JFreeChart chart, Format format, int width, int height, OutputStream out)
            throws IOException {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart size " + width + " x " + height + " is not positive");
        }
        switch (format) {
            case PNG -> out.write(png(chart, width, height));
            case SVG -> writeSvg(chart, width, height, out);
            case PDF -> writePdf(chart, width, height, out);
        }
    }

    /**
     * Writes {@code chart} into {@code file} in the format its name ends in ({@code .png}, {@code .svg}, {@code .pdf},
     * or {@code .csv} for {@link #writeCsv the plotted data}), atomically: into a temporary file beside it that then
     * replaces it, so that a failed export never leaves a half-written file nor spoils an earlier one.
     *
     * @param width width of a picture (not used for CSV)
     * @param height height of a picture (not used for CSV)
     * @throws IOException naming the file
     * @throws IllegalArgumentException naming the file when its extension is not one of the four
     */
    public static void writeFile(JFreeChart chart, Path file, int width, int height) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        boolean csv = name.toLowerCase(Locale.ROOT).endsWith(".csv");
        Format format = csv ? null : Format.ofFileName(name);
        Path dir = file.toAbsolutePath().getParent();
        // not Files.createTempFile: its file is readable by its owner only, and the export would keep that
        Path temp = dir.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                if (csv) {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    writeCsv(chart, w);
                    w.flush();
                } else {
                    write(chart, format, width, height, out);
                }
            }
            moveOver(temp, file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e instanceof IOException io && io.getMessage() != null && io.getMessage().contains(file.toString())
                    ? io
                    : new IOException("cannot write " + file + ": " + reason(e), e);
        }
    }

    private static void moveOver(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** @return what went wrong, in words: the exception's message, or its kind when it has none */
    private static String reason(Exception e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return PngEncoder.encode(image);
    }

    private static void writeSvg(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NAMESPACE, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException("cannot create an XML document for the SVG: " + e.getMessage(), e);
        }
        SVGGraphics2D g = new SVGGraphics2D(document);
        g.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        g.stream(writer, true);
        writer.flush();
    }

    private static void writePdf(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
            try {
                chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            document.save(out);
        }
    }

    /**
     * Writes exactly the data {@code chart} plots: for each series of every dataset of its {@link XYPlot}, the points
     * whose x lies within the current range of the dataset's domain axis (what is shown after a zoom), in dataset
     * and series order. The header is {@code series,<x axis label>,<y axis label>}; each row the series' name, x
     * and y in {@link Double#toString(double)} (full precision, a dot as decimal separator), fields quoted when they
     * contain a comma, a quote, a line break or outer spaces.
     *
     * @throws IllegalArgumentException when the chart's plot is not an XYPlot
     */
    public static void writeCsv(JFreeChart chart, Writer out) throws IOException {
        if (!(chart.getPlot() instanceof XYPlot plot)) {
            throw new IllegalArgumentException("the chart's plot is a " + chart.getPlot().getPlotType()
                    + " plot, not an XY plot");
        }
        out.write("series," + csvField(label(plot.getDomainAxis())) + "," + csvField(label(plot.getRangeAxis()))
                + "\n");
        StringBuilder row = new StringBuilder();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            if (data == null) {
                continue;
            }
            Range shown = plot.getDomainAxisForDataset(d).getRange();
            for (int s = 0; s < data.getSeriesCount(); s++) {
                String name = csvField(String.valueOf(data.getSeriesKey(s)));
                for (int i = 0; i < data.getItemCount(s); i++) {
                    double x = data.getXValue(s, i);
                    if (!shown.contains(x)) {
                        continue;
                    }
                    row.setLength(0);
                    row.append(name).append(',').append(x).append(',').append(data.getYValue(s, i)).append('\n');
                    out.write(row.toString());
                }
            }
        }
        out.flush();
    }

    private static String label(ValueAxis axis) {
        return axis == null || axis.getLabel() == null ? "" : axis.getLabel();
    }

    /** @return {@code text} as one CSV field (RFC 4180): quoted, inner quotes doubled, when it needs to be */
    static String csvField(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || !text.equals(text.strip());
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
