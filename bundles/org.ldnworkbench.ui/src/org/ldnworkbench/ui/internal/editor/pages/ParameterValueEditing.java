package org.ldnworkbench.ui.internal.editor.pages;

import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.ui.internal.editor.pages.ParameterRow.NodeRow;
import org.ldnworkbench.ui.internal.editor.pages.ParameterRow.ValueRow;

/**
 * Editing of the Parameters tree's Value column: a number for a parameter (checked by {@link ParameterInput}; a
 * refused value changes nothing and the message line says why, with the range), the preset for a node (a combo).
 */
final class ParameterValueEditing extends EditingSupport {
    private final ParametersPage page;
    private final TextCellEditor text;
    private final ComboBoxCellEditor combo;
    private List<PresetChoices.Choice> choices = List.of();

    ParameterValueEditing(TreeViewer viewer, ParametersPage page) {
        super(viewer);
        this.page = page;
        text = new TextCellEditor(viewer.getTree());
        combo = new ComboBoxCellEditor(viewer.getTree(), new String[0], SWT.READ_ONLY);
    }

    @Override
    protected boolean canEdit(Object element) {
        ParameterCells cells = page.cells();
        return element instanceof ValueRow v && cells.parameter(v) != null
                || element instanceof NodeRow n && cells.spec(n) != null;
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        if (element instanceof NodeRow n) {
            ParameterCells cells = page.cells();
            choices = PresetChoices.forNode(cells.spec(n), cells.node(n).preset());
            combo.setItems(choices.stream().map(PresetChoices.Choice::label).toArray(String[]::new));
            return combo;
        }
        return text;
    }

    @Override
    protected Object getValue(Object element) {
        ParameterCells cells = page.cells();
        if (element instanceof NodeRow n) {
            return PresetChoices.indexOf(choices, cells.node(n).preset());
        }
        EffectiveValue v = cells.value((ValueRow) element);
        return v == null ? "" : NumberText.show(v.value());
    }

    @Override
    protected void setValue(Object element, Object value) {
        if (element instanceof NodeRow n) {
            int index = value instanceof Integer i ? i : -1;
            if (index >= 0 && index < choices.size()) {
                choosePreset(n, choices.get(index).presetId());
            }
        } else if (element instanceof ValueRow v) {
            setParameter(v, String.valueOf(value));
        }
    }

    private void choosePreset(NodeRow row, String presetId) {
        Node node = page.cells().node(row);
        if (node == null || Objects.equals(node.preset(), presetId)) {
            return;
        }
        String label = NLS.bind(Messages.ParametersPage_presetLabel, row.nodeId(),
                presetId == null ? Messages.PresetChoices_noneShort : presetId);
        report(page.document().edit(label, p -> p.node(row.nodeId()).preset(presetId)), label);
    }

    private void setParameter(ValueRow row, String typed) {
        ParameterCells cells = page.cells();
        ParameterSpec spec = cells.parameter(row);
        Node node = cells.node(row);
        if (spec == null || node == null) {
            return;
        }
        EffectiveValue current = cells.value(row);
        if (typed.strip().equals(NumberText.show(current.value()))) {
            page.message().clear();
            return; // opened and closed without a change: no edit
        }
        NumberText.Parsed parsed = ParameterInput.check(spec, typed);
        if (!parsed.ok()) {
            page.message().error(NLS.bind(Messages.ParametersPage_refused, row.nodeId(), parsed.problem()));
            return;
        }
        Double own = node.parameters().get(spec.name());
        if (own != null && own == parsed.value()) {
            page.message().clear();
            return;
        }
        double v = parsed.value();
        String label = NLS.bind(Messages.ParametersPage_setLabel, new Object[] {row.nodeId(), spec.name(),
                NumberText.show(v) + ParameterInput.unit(spec)});
        report(page.document().edit(label, p -> p.node(row.nodeId()).parameter(spec.name(), v)), label);
    }

    private void report(IStatus status, String label) {
        if (status.isOK()) {
            page.message().info(label);
        } else {
            page.message().error(status.getMessage());
        }
    }
}
