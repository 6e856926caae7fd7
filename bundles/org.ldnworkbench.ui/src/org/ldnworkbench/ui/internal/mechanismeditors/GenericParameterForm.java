package org.ldnworkbench.ui.internal.mechanismeditors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.ParameterStatus;
import org.ldnworkbench.core.mechanism.PresetSpec;
import org.ldnworkbench.core.mechanism.TableSpec;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.ui.internal.editor.pages.NumberText;
import org.ldnworkbench.ui.internal.editor.pages.PresetChoices;
import org.ldnworkbench.ui.mechanism.MechanismEditor;
import org.ldnworkbench.ui.mechanism.MechanismEditorContext;
import org.ldnworkbench.ui.mechanism.ParameterValue;

/**
 * The editor of a mechanism that has no contributed one, built from its declaration: the preset, then one row per
 * parameter (value field, unit, range, where the value comes from, evidence status, source and note), then each
 * table read-only with its columns and units (tables are edited on the Source page). A value is applied on Enter or
 * when its field is left; a refused one stays in the field and the line below says why, with the range.
 */
public final class GenericParameterForm implements MechanismEditor {
    /** Key of the widget data naming the form's widgets (for tests and accessibility tools). */
    public static final String WIDGET_KEY = "org.ldnworkbench.ui.widget";
    private static final int PROVENANCE_WIDTH = 420;

    private final Map<String, Text> fields = new LinkedHashMap<>();
    private final Map<String, Label> origins = new LinkedHashMap<>();
    private MechanismEditorContext context;
    private Combo presets;
    private List<PresetChoices.Choice> choices = List.of();
    private Label presetNote;
    private Label message;
    private final MechanismEditorContext.Listener listener = c -> refresh();

    @Override
    public Control createControl(Composite parent, MechanismEditorContext editorContext) {
        context = editorContext;
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite form = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(form);
        MechanismSpec spec = context.spec();
        if (!spec.description().isEmpty()) {
            wrapped(form, spec.description(), 1);
        }
        createPresetRow(form);
        createParameters(form);
        createTables(form);
        message = new Label(form, SWT.WRAP);
        message.setData(WIDGET_KEY, "generic.message");
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(message);
        scroll.setContent(form);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        context.addListener(listener);
        refresh();
        return scroll;
    }

    private void createPresetRow(Composite form) {
        Composite row = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        new Label(row, SWT.NONE).setText(Messages.Form_preset);
        presets = new Combo(row, SWT.READ_ONLY);
        presets.setData(WIDGET_KEY, "generic.preset");
        presets.setEnabled(!context.spec().presets().isEmpty());
        presets.addListener(SWT.Selection, e -> presetChosen());
        presetNote = new Label(row, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(presetNote);
    }

    private void createParameters(Composite form) {
        List<ParameterSpec> parameters = context.spec().parameters();
        if (parameters.isEmpty()) {
            return;
        }
        Composite grid = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).spacing(10, 4).applyTo(grid);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(grid);
        for (String h : new String[] { Messages.Form_colParameter, Messages.Form_colValue, Messages.Form_colUnit,
                Messages.Form_colRange, Messages.Form_colFrom, Messages.Form_colStatus,
                Messages.Form_colProvenance }) {
            Label l = new Label(grid, SWT.NONE);
            l.setText(h);
            l.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        }
        for (ParameterSpec p : parameters) {
            createParameterRow(grid, p);
        }
    }

    private void createParameterRow(Composite grid, ParameterSpec p) {
        Label name = new Label(grid, SWT.NONE);
        name.setText(p.name());
        name.setToolTipText(p.description());
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(name);
        Text field = new Text(grid, SWT.BORDER | SWT.RIGHT);
        field.setData(WIDGET_KEY, "generic.value." + p.name());
        field.setToolTipText(p.description());
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).hint(90, SWT.DEFAULT).applyTo(field);
        field.addListener(SWT.DefaultSelection, e -> apply(p, field));
        field.addListener(SWT.FocusOut, e -> apply(p, field));
        fields.put(p.name(), field);
        top(grid, "-".equals(p.unit()) ? "" : p.unit());
        top(grid, NumberText.range(p.min(), p.max()) + (p.integer() ? " " + Messages.Form_whole : ""));
        Label origin = top(grid, "");
        origin.setData(WIDGET_KEY, "generic.from." + p.name());
        origins.put(p.name(), origin);
        CLabel status = new CLabel(grid, SWT.NONE);
        status.setMargins(0, 0, 0, 0);
        status.setText(p.status().word());
        if (p.status() == ParameterStatus.ASSUMED) {
            status.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK));
            status.setToolTipText(Messages.Form_assumed);
        }
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(status);
        Label provenance = wrapped(grid, provenance(p), 1);
        provenance.setData(WIDGET_KEY, "generic.provenance." + p.name());
        GridDataFactory.fillDefaults().grab(true, false).hint(PROVENANCE_WIDTH, SWT.DEFAULT).applyTo(provenance);
    }

    /** @return the source, then the note the mechanism wants shown beside the value */
    static String provenance(ParameterSpec p) {
        String source = p.source().isEmpty() ? Messages.Form_noSource : p.source();
        return p.note().isEmpty() ? source : NLS.bind(Messages.Form_sourceAndNote, source, p.note());
    }

    private void createTables(Composite form) {
        Node node = context.pipeline().node(context.nodeId());
        for (TableSpec t : context.spec().tables()) {
            wrapped(form, NLS.bind(Messages.Form_table, t.name(), t.description()), 1);
            Table table = new Table(form, SWT.BORDER | SWT.FULL_SELECTION | SWT.READ_ONLY);
            table.setData(WIDGET_KEY, "generic.table." + t.name());
            table.setHeaderVisible(true);
            table.setLinesVisible(true);
            for (int c = 0; c < t.columns().size(); c++) {
                TableColumn column = new TableColumn(table, SWT.RIGHT);
                column.setText(t.columns().get(c) + " [" + t.units().get(c) + "]");
                column.setWidth(120);
            }
            double[][] rows = node == null ? null : node.tables().get(t.name());
            for (double[] row : rows == null ? new double[0][] : rows) {
                TableItem item = new TableItem(table, SWT.NONE);
                for (int c = 0; c < row.length; c++) {
                    item.setText(c, NumberText.show(row[c]));
                }
            }
            GridDataFactory.fillDefaults().hint(SWT.DEFAULT, 80).applyTo(table);
            if (rows == null || rows.length == 0) {
                wrapped(form, Messages.Form_tableEmpty, 1);
            }
        }
    }

    private static Label top(Composite parent, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(l);
        return l;
    }

    private static Label wrapped(Composite parent, String text, int span) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(600, SWT.DEFAULT).applyTo(l);
        return l;
    }

    private void apply(ParameterSpec p, Text field) {
        if (field.isDisposed()) {
            return;
        }
        ParameterValue current = context.value(p.name());
        if (current != null && field.getText().strip().equals(NumberText.show(current.value()))) {
            return;
        }
        IStatus status = ((NodeEditorContext) context).setParameter(p, field.getText());
        message.setText(status.isOK() ? "" : status.getMessage());
        message.getParent().layout(true);
    }

    private void presetChosen() {
        int i = presets.getSelectionIndex();
        if (i >= 0 && i < choices.size()) {
            IStatus status = context.setPreset(choices.get(i).presetId());
            message.setText(status.isOK() ? "" : status.getMessage());
        }
    }

    /** Shows the node as it is now (after any change: this form's, another page's, an undo). */
    private void refresh() {
        if (presets == null || presets.isDisposed()) {
            return;
        }
        choices = PresetChoices.forNode(context.spec(), context.preset());
        presets.setItems(choices.stream().map(PresetChoices.Choice::label).toArray(String[]::new));
        presets.select(PresetChoices.indexOf(choices, context.preset()));
        PresetSpec effective = context.effectivePreset();
        presetNote.setText(effective == null ? "" : effective.description());
        for (ParameterValue v : context.values()) {
            Text field = fields.get(v.name());
            field.setText(NumberText.show(v.value()));
            origins.get(v.name()).setText(origin(v));
        }
        presets.getParent().layout(true);
    }

    /** @return where a value comes from, in the Parameters page's words */
    static String origin(ParameterValue v) {
        return switch (v.origin()) {
        case DEFAULT -> org.ldnworkbench.ui.internal.editor.pages.Messages.ParameterCells_fromDefault;
        case PRESET -> NLS.bind(org.ldnworkbench.ui.internal.editor.pages.Messages.ParameterCells_fromPreset,
                v.preset());
        case NODE -> org.ldnworkbench.ui.internal.editor.pages.Messages.ParameterCells_fromNode;
        };
    }

    @Override
    public void setFocus() {
        fields.values().stream().findFirst().ifPresent(Text::setFocus);
    }

    @Override
    public void dispose() {
        if (context != null) {
            context.removeListener(listener);
        }
    }
}
