package org.ldnworkbench.ui.internal.scan;

import java.util.Arrays;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.ldnworkbench.ui.internal.editor.pages.NumberText;

/**
 * The scan wizard's first page: the parameter to vary (every {@code node.param} of the pipeline, with its unit and
 * declared range; the dose of the dosing node at first), the range and its spacing, and the number of values. Every
 * change is checked at once ({@link ScanInput}) and the first problem shown in the page's message area, naming the
 * field; below the fields a line shows the values the scan will run.
 */
final class ScanParameterPage extends WizardPage {
    private static final int PREVIEW_VALUES = 6;

    private final ScanChoices choices;
    private final IntSupplier runsPerValue;
    private Combo parameter;
    private Label info;
    private Text from;
    private Text to;
    private Button linear;
    private Button log;
    private Text points;
    private Label preview;
    private ScanInput.Checked checked;

    /** @param runsPerValue how many runs each value makes with the scenarios chosen on the next page */
    ScanParameterPage(ScanChoices choices, IntSupplier runsPerValue) {
        super("scanParameter");
        this.choices = choices;
        this.runsPerValue = runsPerValue;
        setTitle(Messages.Wizard_parameterTitle);
        setDescription(Messages.Wizard_parameterDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));

        new Label(page, SWT.NONE).setText(Messages.Wizard_parameter);
        parameter = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        parameter.setItems(choices.parameters().stream().map(ScanChoices.Parameter::name).toArray(String[]::new));
        parameter.setVisibleItemCount(20);
        tag(parameter, ScanIds.PARAMETER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(parameter);
        new Label(page, SWT.NONE);
        info = new Label(page, SWT.WRAP);
        tag(info, ScanIds.PARAMETER_INFO);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(info);

        from = field(page, Messages.Input_from, ScanIds.FROM);
        to = field(page, Messages.Input_to, ScanIds.TO);
        new Label(page, SWT.NONE).setText(Messages.Wizard_spacing);
        Composite spacing = new Composite(page, SWT.NONE);
        spacing.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().applyTo(spacing);
        linear = new Button(spacing, SWT.RADIO);
        linear.setText(Messages.Wizard_linear);
        tag(linear, ScanIds.LINEAR);
        log = new Button(spacing, SWT.RADIO);
        log.setText(Messages.Wizard_log);
        tag(log, ScanIds.LOG);
        points = field(page, Messages.Input_points, ScanIds.POINTS);
        points.setText("12");

        preview = new Label(page, SWT.WRAP);
        tag(preview, ScanIds.PREVIEW);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(0, 8).hint(480, SWT.DEFAULT)
                .applyTo(preview);

        parameter.addListener(SWT.Selection, e -> parameterChosen());
        for (Text t : new Text[] { from, to, points }) {
            t.addModifyListener(e -> validate());
        }
        for (Button b : new Button[] { linear, log }) {
            b.addListener(SWT.Selection, e -> validate());
        }
        ScanChoices.Parameter first = choices.defaultParameter();
        if (first != null) {
            parameter.select(choices.parameters().indexOf(first));
            parameterChosen();
        }
        setControl(page);
        validate();
    }

    private static Text field(Composite page, String label, String id) {
        new Label(page, SWT.NONE).setText(label + ":");
        Text t = new Text(page, SWT.BORDER | SWT.SINGLE);
        tag(t, id);
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(t);
        return t;
    }

    private static void tag(org.eclipse.swt.widgets.Widget w, String id) {
        w.setData(ScanIds.WIDGET_KEY, id);
    }

    /** Shows the chosen parameter's unit, range and meaning and fills in the range first offered for it. */
    private void parameterChosen() {
        ScanChoices.Parameter p = chosen();
        if (p == null) {
            return;
        }
        String unit = p.unit().isEmpty() ? "" : " " + p.unit();
        info.setText(NLS.bind(Messages.Wizard_parameterInfo, new Object[] {
                NumberText.range(p.spec().min(), p.spec().max()) + unit, NumberText.show(p.current()) + unit,
                p.spec().description() }));
        ScanChoices.SuggestedRange r = ScanChoices.suggestedRange(p);
        from.setText(NumberText.show(r.from()));
        to.setText(NumberText.show(r.to()));
        linear.setSelection(r.spacing() == ScanValues.Spacing.LINEAR);
        log.setSelection(r.spacing() == ScanValues.Spacing.LOG);
        info.getParent().layout(true, true);
        validate();
    }

    /** Checks the fields; called on every change and when the scenarios chosen change. */
    void validate() {
        if (preview == null) {
            return;
        }
        ScanChoices.Parameter p = chosen();
        checked = p == null ? null : ScanInput.check(p.spec(), from.getText(), to.getText(), points.getText(),
                spacing(), runsPerValue.getAsInt());
        String problem = p == null ? Messages.Wizard_noParameter : checked.problem();
        setErrorMessage(problem);
        setPageComplete(problem == null);
        preview.setText(problem == null ? preview(checked.values(), p) : "");
    }

    private String preview(double[] values, ScanChoices.Parameter p) {
        String shown = values.length <= PREVIEW_VALUES
                ? Arrays.stream(values).mapToObj(NumberText::show).collect(Collectors.joining(", "))
                : Arrays.stream(values, 0, PREVIEW_VALUES - 1).mapToObj(NumberText::show)
                        .collect(Collectors.joining(", ")) + ", ..., " + NumberText.show(values[values.length - 1]);
        int runs = values.length * Math.max(1, runsPerValue.getAsInt());
        return NLS.bind(Messages.Wizard_preview, new Object[] { values.length, shown,
                p.unit().isEmpty() ? "" : " " + p.unit(), runs, ScanJob.threads() });
    }

    /** @return the chosen parameter, or null */
    ScanChoices.Parameter chosen() {
        int i = parameter == null ? -1 : parameter.getSelectionIndex();
        return i < 0 ? null : choices.parameters().get(i);
    }

    ScanValues.Spacing spacing() {
        return log != null && log.getSelection() ? ScanValues.Spacing.LOG : ScanValues.Spacing.LINEAR;
    }

    /** @return the values of the accepted fields, or null */
    double[] values() {
        return checked == null || !checked.ok() ? null : checked.values();
    }

    /** Shows a problem found when Finish was pressed (e.g. the compiler refusing a value). */
    void refuse(String problem) {
        setErrorMessage(problem);
    }
}
