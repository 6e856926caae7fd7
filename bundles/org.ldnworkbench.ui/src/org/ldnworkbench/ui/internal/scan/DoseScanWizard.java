package org.ldnworkbench.ui.internal.scan;

import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.metrics.ParameterScan;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.core.pipeline.ParameterLayer;
import org.ldnworkbench.ui.internal.preferences.WorkbenchPreferences;

/**
 * Run &gt; Dose Scan...: the command line's {@code ldnwb scan} for the pipeline of the active editor. Page one chooses
 * the parameter and its values, page two the metrics and scenarios; Finish checks the scan as the command line does
 * (every value compiled against the parameter's declaration) and starts it as a {@link ScanJob}, whose results open
 * in the Dose Scan view.
 */
public final class DoseScanWizard extends Wizard {
    private final ScanChoices choices;
    private final IFile file;
    private final PipelineCompiler compiler;
    private final ScanLauncher launcher;
    private ScanParameterPage parameterPage;
    private ScanMetricsPage metricsPage;

    /** Starts a scan set up in the wizard. */
    public interface ScanLauncher {
        /**
         * @param settings the scan
         * @param resultsFolder the pipeline's results folder
         */
        void launch(ScanSettings settings, IContainer resultsFolder);
    }

    /**
     * @param choices what the pipeline offers
     * @param file the pipeline's file: its project keeps the results
     * @param launcher starts the scan
     */
    public DoseScanWizard(ScanChoices choices, IFile file, PipelineCompiler compiler, ScanLauncher launcher) {
        this.choices = choices;
        this.file = file;
        this.compiler = compiler;
        this.launcher = launcher;
        setWindowTitle(NLS.bind(Messages.Wizard_title, choices.pipeline().name()));
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        parameterPage = new ScanParameterPage(choices, () -> Math.max(1, metricsPage.chosenScenarios().size()));
        metricsPage = new ScanMetricsPage(choices, () -> {
            parameterPage.validate();
            metricsPage.showParameter(parameterPage.chosen());
        });
        addPage(parameterPage);
        addPage(metricsPage);
    }

    @Override
    public void createPageControls(org.eclipse.swt.widgets.Composite pageContainer) {
        super.createPageControls(pageContainer);
        metricsPage.showParameter(parameterPage.chosen());
    }

    @Override
    public boolean performFinish() {
        double[] values = parameterPage.values();
        if (values == null) {
            return false;
        }
        List<Scenario> chosen = metricsPage.chosenScenarios();
        Pipeline scanned = ScanSettings.withScenarios(choices.pipeline(),
                chosen.stream().map(Scenario::id).toList());
        ScanSettings settings = new ScanSettings(file.getName(), scanned, parameterPage.chosen(), values,
                parameterPage.spacing(), metricsPage.chosenMetrics());
        try {
            new ParameterScan(compiler, scanned, file.getName(), List.<ParameterLayer>of(),
                    settings.parameter().name()).check(values);
        } catch (CompileException | IllegalArgumentException e) {
            getContainer().showPage(parameterPage);
            parameterPage.refuse(NLS.bind(Messages.Wizard_cannotRun, e.getMessage()));
            return false;
        }
        launcher.launch(settings, resultsFolder(file));
        return true;
    }

    /** @return {@code <project>/<results folder>/<pipeline stem>}, where the runs of the pipeline are kept too */
    public static IContainer resultsFolder(IFile file) {
        String name = file.getName();
        String stem = name.endsWith(".ldnpipe") ? name.substring(0, name.length() - ".ldnpipe".length()) : name;
        return file.getProject().getFolder(new Path(WorkbenchPreferences.resultsFolder()).append(stem));
    }
}
