package org.ldnworkbench.ui.internal.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.ldnworkbench.charts.core.ChartExport;
import org.ldnworkbench.charts.core.ChartPalette;
import org.ldnworkbench.core.metrics.ParameterScan;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.ui.internal.runs.RunFolders;
import org.ldnworkbench.ui.internal.runs.StagedFolder;

/**
 * A scan's results folder, beside the pipeline's runs: {@code <project>/<results folder>/<pipeline stem>/
 * scan-<yyyy-MM-dd_HH-mm-ss>/} with {@code scan.csv} (the command line's format), {@code pipeline.ldnpipe} (the
 * pipeline as scanned, with the scenarios chosen) and {@code plots/scan-<node.metric>.png}. Everything is written into
 * a hidden staging folder first and renamed into place in one step ({@link StagedFolder}, as a run's folder), so that the
 * Project Explorer (and a reader of the folder) sees a complete scan or none.
 */
public final class ScanFolder {
    /** Prefix of a scan's folder name; a run's folder is the time stamp alone. */
    public static final String PREFIX = "scan-";

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
        return StagedFolder.write(parent, PREFIX + RunFolders.baseName(LocalDateTime.ofInstant(r.started(), ZoneId.systemDefault())), folder -> {
            folder.write("scan.csv", out -> out.write(ScanCsv.text(r).getBytes(StandardCharsets.UTF_8)));
            folder.write("pipeline.ldnpipe",
                    out -> out.write(PipelineFiles.toText(r.settings().pipeline()).getBytes(StandardCharsets.UTF_8)));
            for (ParameterScan.Metric m : r.settings().metrics()) {
                folder.write("plots/" + ScanCharts.plotName(m), out -> ChartExport.write(ScanCharts.chart(r, m,
                        palette), ChartExport.Format.PNG, ScanCharts.PLOT_WIDTH, ScanCharts.PLOT_HEIGHT, out));
            }
        });
    }
}
