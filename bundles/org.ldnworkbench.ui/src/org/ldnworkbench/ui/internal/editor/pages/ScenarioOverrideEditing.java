package org.ldnworkbench.ui.internal.editor.pages;

import java.util.List;
import java.util.Objects;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.ui.internal.editor.pages.ScenarioOverrides.Row;

/**
 * Editing of what a scenario sets: a value for a parameter (blank clears it; anything else is checked as on the
 * Parameters page and refused with the range), a preset for a node (a combo; the first choice keeps the node's).
 */
final class ScenarioOverrideEditing extends EditingSupport {
    private final ScenariosPage page;
    private final TextCellEditor text;
    private final ComboBoxCellEditor combo;
    private List<PresetChoices.Choice> choices = List.of();

    ScenarioOverrideEditing(TableViewer viewer, ScenariosPage page) {
        super(viewer);
        this.page = page;
        text = new TextCellEditor(viewer.getTable());
        combo = new ComboBoxCellEditor(viewer.getTable(), new String[0], SWT.READ_ONLY);
    }

    @Override
    protected boolean canEdit(Object element) {
        ScenarioOverrides model = page.overridesModel();
        Row row = (Row) element;
        return model != null && (row.parameter() == null ? model.spec(row) != null
                : model.parameter(row) != null || model.isSet(row));
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        Row row = (Row) element;
        if (row.parameter() == null) {
            choices = PresetChoices.forScenario(page.overridesModel().spec(row), page.selected().presets()
                    .get(row.nodeId()));
            combo.setItems(choices.stream().map(PresetChoices.Choice::label).toArray(String[]::new));
            return combo;
        }
        return text;
    }

    @Override
    protected Object getValue(Object element) {
        Row row = (Row) element;
        if (row.parameter() == null) {
            return PresetChoices.indexOf(choices, page.selected().presets().get(row.nodeId()));
        }
        return page.overridesModel().text(row, ScenarioOverrides.Column.SCENARIO);
    }

    @Override
    protected void setValue(Object element, Object value) {
        Row row = (Row) element;
        Scenario scenario = page.selected();
        if (scenario == null) {
            return;
        }
        if (row.parameter() == null) {
            int index = value instanceof Integer i ? i : -1;
            if (index >= 0 && index < choices.size()) {
                choosePreset(scenario, row, choices.get(index).presetId());
            }
        } else {
            setValue(scenario, row, String.valueOf(value));
        }
    }

    private void choosePreset(Scenario scenario, Row row, String presetId) {
        if (Objects.equals(scenario.presets().get(row.nodeId()), presetId)) {
            return;
        }
        String label = presetId == null
                ? NLS.bind(Messages.ScenariosPage_clearLabel, scenario.id(), row.key())
                : NLS.bind(Messages.ScenariosPage_presetLabel, new Object[] {scenario.id(), row.nodeId(), presetId});
        page.editSelected(label, s -> {
            if (presetId == null) {
                s.presets().remove(row.nodeId());
            } else {
                s.presets().put(row.nodeId(), presetId);
            }
        });
    }

    private void setValue(Scenario scenario, Row row, String typed) {
        Double current = scenario.parameters().get(row.key());
        if (typed.isBlank()) {
            if (current != null) {
                page.editSelected(NLS.bind(Messages.ScenariosPage_clearLabel, scenario.id(), row.key()),
                        s -> s.parameters().remove(row.key()));
            }
            return;
        }
        if (current != null && typed.strip().equals(NumberText.show(current))) {
            return;
        }
        ParameterSpec spec = page.overridesModel().parameter(row);
        if (spec == null) {
            page.message().error(NLS.bind(Messages.ScenariosPage_refused, page.overridesModel().problem(row)));
            return;
        }
        NumberText.Parsed parsed = ParameterInput.check(spec, typed);
        if (!parsed.ok()) {
            page.message().error(NLS.bind(Messages.ScenariosPage_refusedValue, new Object[] {scenario.id(),
                    row.key(), parsed.problem()}));
            return;
        }
        double v = parsed.value();
        page.editSelected(NLS.bind(Messages.ScenariosPage_valueLabel, new Object[] {scenario.id(), row.key(),
                NumberText.show(v) + ParameterInput.unit(spec)}), s -> s.parameters().put(row.key(), v));
    }
}
