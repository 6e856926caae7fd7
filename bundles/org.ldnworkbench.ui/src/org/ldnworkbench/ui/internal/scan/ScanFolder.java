package org.ldnworkbench.ui.internal.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.charts.core.ChartExport;
import org.ldnworkbench.charts.core.ChartPalette;
import org.ldnworkbench.core.metrics.ParameterScan;
import org.ldnworkbench.core.pipeline.PipelineFiles;

/**
 * A scan's results folder, beside the pipeline's runs: {@code <project>/<results folder>/<pipeline stem>/
 * scan-<yyyy-MM-dd_HH-mm-ss>/} with {@code scan.csv} (the command line's format), {@code pipeline.ldnpipe} (the
 * pipeline as scanned, with the scenarios chosen) and {@code plots/scan-<node.metric>.png}. Everything is written into
 * a hidden staging folder first and renamed into place in one step, so that the Project Explorer (and a reader of the
 * folder) sees a complete scan or none; a failed write removes the staging folder.
 */
public final class ScanFolder {
    /** Prefix of a scan's folder name; a run's folder is the time stamp alone. */
    public static final String PREFIX = "scan-";
    /** The time stamp of the folder names (local time), as the runs' folders are named. */
    public static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss")
            .withZone(ZoneId.systemDefault());

    private ScanFolder() {
    }

    /**
     * @param parent the pipeline's results folder, {@code <project>/<results folder>/<pipeline stem>} (created when
     *        missing)
     * @param r the scan (its folder is ignored)
     * @param palette the colours of the plots' lines
     * @return the folder written: {@code scan-<stamp>}, or {@code scan-<stamp>-2}... when a scan of the same second
     *         is there
     * @throws IOException naming the file that could not be written and why
     */
    public static Path write(Path parent, ScanResult r, ChartPalette palette) throws IOException {
        Files.createDirectories(parent);
        String name = PREFIX + STAMP.format(r.started());
        Path staging = Files.createTempDirectory(parent, "." + name + ".staging-");
        try {
            write(staging.resolve("scan.csv"), ScanCsv.text(r).getBytes(StandardCharsets.UTF_8));
            write(staging.resolve("pipeline.ldnpipe"),
                    PipelineFiles.toText(r.settings().pipeline()).getBytes(StandardCharsets.UTF_8));
            Path plots = Files.createDirectories(staging.resolve("plots"));
            for (ParameterScan.Metric m : r.settings().metrics()) {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ChartExport.write(ScanCharts.chart(r, m, palette), ChartExport.Format.PNG, ScanCharts.PLOT_WIDTH,
                        ScanCharts.PLOT_HEIGHT, png);
                write(plots.resolve(ScanCharts.plotName(m)), png.toByteArray());
            }
            return moveIntoPlace(staging, parent, name);
        } finally {
            deleteTree(staging);
        }
    }

    private static void write(Path file, byte[] content) throws IOException {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new IOException(NLS.bind(Messages.Folder_writeFailed, file.getFileName(), e.getMessage()), e);
        }
    }

    /** Renames the staging folder to the first free name {@code name}, {@code name-2}, ... */
    private static Path moveIntoPlace(Path staging, Path parent, String name) throws IOException {
        for (int n = 1;; n++) {
            Path target = parent.resolve(n == 1 ? name : name + "-" + n);
            if (Files.exists(target)) {
                continue;
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                return target;
            } catch (FileAlreadyExistsException e) {
                // taken meanwhile: the next name
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
                return target;
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover hidden staging folder harms nothing
        }
    }
}
