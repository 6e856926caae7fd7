package org.ldnworkbench.ui.internal.scan;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.ldnworkbench.core.metrics.ParameterScan;
import org.ldnworkbench.core.pipeline.Scenario;

/**
 * The scan wizard's second page: the metrics to plot (every metric the pipeline's mechanisms declare, with label and
 * unit; the headline ones at first, as the run summary shows them) and the scenarios to run for each value (all at
 * first, e.g. both receptor hypotheses). A scenario that sets the scanned parameter itself runs with the scanned value
 * instead, which the page says.
 */
final class ScanMetricsPage extends WizardPage {
    private final ScanChoices choices;
    private final Runnable scenariosChanged;
    private CheckboxTableViewer metrics;
    private CheckboxTableViewer scenarios;
    private Label scenarioNote;

    /** @param scenariosChanged told when the scenarios chosen change (the number of runs changes) */
    ScanMetricsPage(ScanChoices choices, Runnable scenariosChanged) {
        super("scanMetrics");
        this.choices = choices;
        this.scenariosChanged = scenariosChanged;
        setTitle(Messages.Wizard_metricsTitle);
        setDescription(Messages.Wizard_metricsDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        new Label(page, SWT.NONE).setText(Messages.Wizard_metrics);
        metrics = table(page, ScanIds.METRICS, 170);
        column(metrics, Messages.Wizard_metricColumn, 5, m -> ((ParameterScan.Metric) m).spec().label());
        column(metrics, Messages.Wizard_unitColumn, 2, m -> ScanLabels.metricUnit(((ParameterScan.Metric) m).spec()));
        column(metrics, Messages.Wizard_nameColumn, 4, m -> ((ParameterScan.Metric) m).name());
        metrics.setInput(choices.metrics());
        metrics.setCheckedElements(choices.metrics().stream().filter(ScanChoices::chosenByDefault).toArray());
        metrics.addCheckStateListener(e -> validate());

        Label scenariosLabel = new Label(page, SWT.NONE);
        scenariosLabel.setText(Messages.Wizard_scenarios);
        GridDataFactory.fillDefaults().indent(0, 8).applyTo(scenariosLabel);
        if (choices.scenarios().isEmpty()) {
            scenariosLabel.setText(Messages.Wizard_noScenarios);
        } else {
            scenarios = table(page, ScanIds.SCENARIOS, 90);
            column(scenarios, Messages.Wizard_scenarioColumn, 6, s -> ((Scenario) s).name());
            column(scenarios, Messages.Wizard_idColumn, 3, s -> ((Scenario) s).id());
            scenarios.setInput(choices.scenarios());
            scenarios.setAllChecked(true);
            scenarios.addCheckStateListener(e -> {
                validate();
                scenariosChanged.run();
            });
        }
        scenarioNote = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(scenarioNote);
        setControl(page);
        validate();
    }

    private static CheckboxTableViewer table(Composite page, String id, int height) {
        Composite holder = new Composite(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).hint(480, height).applyTo(holder);
        holder.setLayout(new TableColumnLayout());
        CheckboxTableViewer viewer = CheckboxTableViewer.newCheckList(holder,
                SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setData(ScanIds.WIDGET_KEY, id);
        return viewer;
    }

    private static void column(CheckboxTableViewer viewer, String title, int weight,
            java.util.function.Function<Object, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.setLabelProvider(ColumnLabelProvider.createTextProvider(text));
        ((TableColumnLayout) viewer.getTable().getParent().getLayout()).setColumnData(c.getColumn(),
                new ColumnWeightData(weight, 60));
    }

    /** Tells which scenarios set the scanned parameter (the scan replaces their value). */
    void showParameter(ScanChoices.Parameter p) {
        if (scenarioNote == null || p == null) {
            return;
        }
        List<String> setting = chosenScenarios().stream().filter(s -> s.parameters().containsKey(p.name()))
                .map(Scenario::name).toList();
        scenarioNote.setText(setting.isEmpty() ? "" : NLS.bind(Messages.Wizard_scenarioSetsParameter,
                String.join(", ", setting), p.name()));
        scenarioNote.getParent().layout(true, true);
    }

    private void validate() {
        String problem = chosenMetrics().isEmpty() ? Messages.Wizard_noMetric
                : scenarios != null && chosenScenarios().isEmpty() ? Messages.Wizard_noScenario : null;
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** @return the metrics checked, in their declared order */
    List<ParameterScan.Metric> chosenMetrics() {
        if (metrics == null) {
            return choices.metrics().stream().filter(ScanChoices::chosenByDefault).toList();
        }
        List<Object> checked = Arrays.asList(metrics.getCheckedElements());
        return choices.metrics().stream().filter(checked::contains).toList();
    }

    /** @return the scenarios checked, in the pipeline's order (all before the page is shown) */
    List<Scenario> chosenScenarios() {
        if (scenarios == null) {
            return choices.scenarios();
        }
        List<Object> checked = Arrays.asList(scenarios.getCheckedElements());
        return choices.scenarios().stream().filter(checked::contains).toList();
    }
}
