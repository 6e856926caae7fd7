package org.ldnworkbench.ui.mechanism;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.ParameterStatus;
import org.ldnworkbench.core.mechanism.PresetSpec;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.ui.internal.editor.pages.ErrorMark;
import org.ldnworkbench.ui.internal.editor.pages.NumberText;
import org.ldnworkbench.ui.internal.editor.pages.ParameterInput;
import org.ldnworkbench.ui.internal.editor.pages.PresetChoices;

/**
 * A compact form for a mechanism editor's side panel: the node's preset (when the mechanism declares presets) and a
 * value field for each chosen parameter, with unit and evidence status ("assumed" values are marked). A value is
 * applied through {@link MechanismEditorContext#setParameter} on Enter or when its field is left; a refused value
 * stays in its field, marked (hovering the mark says why), and the line below the form says why, with the range.
 * The form follows the context: after any change (this form's, another page's, an undo) it shows the node's values.
 * <p>
 * Widgets carry the data key {@value #WIDGET_KEY}: {@code "preset"}, {@code "value.NAME"} and {@code "message"}; a
 * field showing a refused value carries the reason under {@value #REFUSED_KEY}.
 *
 * @noinstantiate Create it with {@link #create}.
 * @since 0.1
 */
public final class ParameterFields {
    /**
     * The key of the widget data that names the form's widgets.
     *
     * @since 0.1
     */
    public static final String WIDGET_KEY = "org.ldnworkbench.ui.widget";

    /**
     * The key of the widget data that holds why a field's value was refused, while the field shows that value marked;
     * null otherwise.
     *
     * @since 0.1
     */
    public static final String REFUSED_KEY = "org.ldnworkbench.ui.refused";

    /** Room left of a field for its error mark. */
    private static final int MARK_INDENT = 8;

    private final MechanismEditorContext context;
    private final Map<String, Text> fields = new LinkedHashMap<>();
    /** The error mark of each field, shown while the field holds a refused value. */
    private final Map<String, ControlDecoration> marks = new LinkedHashMap<>();
    private final Composite root;
    private Combo presets;
    private List<PresetChoices.Choice> choices = List.of();
    private final Label message;

    private ParameterFields(Composite parent, MechanismEditorContext context, List<String> names) {
        this.context = context;
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(6, 4).applyTo(root);
        if (!context.spec().presets().isEmpty()) {
            new Label(root, SWT.NONE).setText(Messages.ParameterFields_preset);
            presets = new Combo(root, SWT.READ_ONLY);
            presets.setData(WIDGET_KEY, "preset");
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(presets);
            presets.addListener(SWT.Selection, e -> presetChosen());
        }
        for (String name : names) {
            ParameterSpec p = context.spec().parameter(name);
            if (p == null) {
                throw new IllegalArgumentException("Mechanism " + context.spec().id() + " has no parameter '" + name
                        + "'");
            }
            addField(p);
        }
        message = new Label(root, SWT.WRAP);
        message.setData(WIDGET_KEY, "message");
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(message);
        MechanismEditorContext.Listener listener = c -> refresh();
        context.addListener(listener);
        root.addListener(SWT.Dispose, e -> context.removeListener(listener));
        refresh();
    }

    /**
     * Builds the form.
     *
     * @param parent where to build it
     * @param context the node
     * @param names the parameters to show, in this order (each must be declared by the node's mechanism)
     * @return the form's top control
     * @throws IllegalArgumentException when a name is not a parameter of the mechanism
     * @since 0.1
     */
    public static Control create(Composite parent, MechanismEditorContext context, List<String> names) {
        return new ParameterFields(parent, context, List.copyOf(names)).root;
    }

    /**
     * Builds the form with every parameter of the mechanism, in declaration order.
     *
     * @param parent where to build it
     * @param context the node
     * @return the form's top control
     * @since 0.1
     */
    public static Control create(Composite parent, MechanismEditorContext context) {
        List<String> all = new ArrayList<>();
        context.spec().parameters().forEach(p -> all.add(p.name()));
        return create(parent, context, all);
    }

    private void addField(ParameterSpec p) {
        Label name = new Label(root, SWT.NONE);
        name.setText(p.name());
        String tip = p.description() + "\n" + NumberText.range(p.min(), p.max()) + " " + p.unit() + ", "
                + p.status().word() + (p.source().isEmpty() ? "" : ": " + p.source())
                + (p.note().isEmpty() ? "" : "\n" + p.note());
        name.setToolTipText(tip);
        Text field = new Text(root, SWT.BORDER | SWT.RIGHT);
        field.setData(WIDGET_KEY, "value." + p.name());
        field.setToolTipText(tip);
        GridDataFactory.fillDefaults().grab(true, false).hint(70, SWT.DEFAULT).indent(MARK_INDENT, 0).applyTo(field);
        marks.put(p.name(), ErrorMark.on(field));
        field.addListener(SWT.DefaultSelection, e -> apply(p, field));
        field.addListener(SWT.FocusOut, e -> apply(p, field));
        Label unit = new Label(root, SWT.NONE);
        String u = "-".equals(p.unit()) ? "" : p.unit();
        unit.setText(p.status() == ParameterStatus.ASSUMED ? u + (u.isEmpty() ? "" : " ") + Messages.ParameterFields_assumed
                : u);
        unit.setToolTipText(tip);
        fields.put(p.name(), field);
    }

    private void apply(ParameterSpec p, Text field) {
        if (field.isDisposed()) {
            return;
        }
        ParameterValue current = context.value(p.name());
        String typed = field.getText().strip();
        if (current != null && typed.equals(NumberText.show(current.value()))) {
            return;
        }
        NumberText.Parsed parsed = ParameterInput.check(p, typed);
        if (!parsed.ok()) {
            refused(p.name(), NLS.bind(org.ldnworkbench.ui.internal.editor.pages.Messages.ParametersPage_refused,
                    context.nodeId(), parsed.problem()));
            return;
        }
        IStatus status = context.setParameter(p.name(), parsed.value());
        if (status.isOK()) {
            unmark(p.name());
            show("");
        } else {
            refused(p.name(), status.getMessage());
        }
    }

    /** Marks the field of {@code name}, which keeps the refused text, and says why below the form. */
    private void refused(String name, String why) {
        ControlDecoration mark = marks.get(name);
        mark.setDescriptionText(why);
        mark.show();
        fields.get(name).setData(REFUSED_KEY, why);
        show(why);
    }

    private void unmark(String name) {
        marks.get(name).hide();
        fields.get(name).setData(REFUSED_KEY, null);
    }

    private void presetChosen() {
        int i = presets.getSelectionIndex();
        if (i >= 0 && i < choices.size()) {
            IStatus status = context.setPreset(choices.get(i).presetId());
            show(status.isOK() ? "" : status.getMessage());
        }
    }

    private void show(String text) {
        message.setText(text);
        root.layout(true);
        root.getParent().layout(true);
    }

    private void refresh() {
        if (root.isDisposed()) {
            return;
        }
        if (presets != null) {
            choices = PresetChoices.forNode(context.spec(), context.preset());
            presets.setItems(choices.stream().map(PresetChoices.Choice::label).toArray(String[]::new));
            presets.select(PresetChoices.indexOf(choices, context.preset()));
            PresetSpec effective = context.effectivePreset();
            presets.setToolTipText(effective == null ? null : effective.description());
        }
        fields.forEach((name, field) -> field.setText(NumberText.show(context.value(name).value())));
        marks.keySet().forEach(this::unmark); // every field shows the value in use again
    }
}
