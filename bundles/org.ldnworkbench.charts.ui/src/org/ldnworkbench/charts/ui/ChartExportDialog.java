package org.ldnworkbench.charts.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.jfree.chart.JFreeChart;
import org.ldnworkbench.charts.core.ChartExport;
import org.ldnworkbench.charts.ui.internal.Messages;

/**
 * Asks where to export a chart and writes it there: a PNG picture, SVG or PDF vector drawing of the chart as it is
 * shown (its current zoom), or a CSV of exactly the plotted points of the shown time range. Pictures are
 * {@value #WIDTH} x {@value #HEIGHT}, the size of the command line's plots. The file is written atomically
 * ({@link ChartExport#writeFile}); an existing file is replaced only when the user agrees, and a failure is shown in
 * an error dialog that names the file and the reason.
 */
public final class ChartExportDialog {
    /** Size of an exported picture: that of the command line's plots. */
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 560;

    /** The file dialog's filters, in its order; their extensions are what a file name without one gets. */
    static final List<String> EXTENSIONS = List.of("png", "svg", "pdf", "csv");

    private ChartExportDialog() {
    }

    /**
     * @param suggestedFileStem the file name offered, without extension (characters that file systems dislike become
     *        {@code _})
     * @return whether a file was written (false when cancelled, declined or failed; a failure was shown)
     */
    public static boolean export(Shell shell, JFreeChart chart, String suggestedFileStem) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.ChartExportDialog_title);
        dialog.setFilterExtensions(EXTENSIONS.stream().map(e -> "*." + e).toArray(String[]::new));
        dialog.setFilterNames(new String[] { Messages.ChartExportDialog_png, Messages.ChartExportDialog_svg,
                Messages.ChartExportDialog_pdf, Messages.ChartExportDialog_csv });
        dialog.setFileName(safeStem(suggestedFileStem) + ".png");
        dialog.setOverwrite(false); // asked below, after the extension is known
        String chosen = dialog.open();
        if (chosen == null) {
            return false;
        }
        Path file = withExtension(Path.of(chosen), EXTENSIONS.get(Math.max(0, dialog.getFilterIndex())));
        if (Files.exists(file) && !MessageDialog.openQuestion(shell, Messages.ChartExportDialog_overwriteTitle,
                NLS.bind(Messages.ChartExportDialog_overwrite, file))) {
            return false;
        }
        return write(shell, chart, file);
    }

    /**
     * Writes {@code chart} to {@code file} in the format of its extension; a failure is shown in an error dialog.
     *
     * @return whether the file was written
     */
    public static boolean write(Shell shell, JFreeChart chart, Path file) {
        IOException[] failure = new IOException[1];
        RuntimeException[] wrongName = new RuntimeException[1];
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                ChartExport.writeFile(chart, file, WIDTH, HEIGHT);
            } catch (IOException e) {
                failure[0] = e;
            } catch (IllegalArgumentException e) {
                wrongName[0] = e;
            }
        });
        Exception e = failure[0] != null ? failure[0] : wrongName[0];
        if (e != null) {
            MessageDialog.openError(shell, Messages.ChartExportDialog_failedTitle,
                    NLS.bind(Messages.ChartExportDialog_failed, file, e.getMessage()));
            return false;
        }
        return true;
    }

    /** @return {@code file}, with {@code .extension} added unless its name ends in one of the four extensions */
    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return EXTENSIONS.contains(ext) ? file : file.resolveSibling(name + "." + extension);
    }

    /** @return {@code stem} with every character but letters, digits, {@code .}, {@code -} and {@code _} as {@code _} */
    static String safeStem(String stem) {
        String s = stem == null || stem.isBlank() ? "chart" : stem.strip();
        return s.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }
}
