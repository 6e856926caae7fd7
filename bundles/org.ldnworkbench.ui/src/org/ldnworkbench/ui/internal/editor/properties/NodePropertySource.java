package org.ldnworkbench.ui.internal.editor.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.ui.internal.editor.pages.EffectiveValue;
import org.ldnworkbench.ui.internal.editor.pages.NumberText;
import org.ldnworkbench.ui.internal.editor.pages.ParameterInput;

/**
 * The Properties view's rows for a selected node, read only (values are edited on the Parameters page, where range
 * checks and undo apply): the node's id, mechanism and preset, and under "Parameters" each parameter's value as a
 * run of the node uses it, with unit and origin (node value, preset or default).
 */
final class NodePropertySource implements IPropertySource {
    private static final String ID = "id";
    private static final String MECHANISM = "mechanism";
    private static final String PRESET = "preset";
    private static final String PARAMETER = "parameter:";
    private final SelectedNode selected;

    NodePropertySource(SelectedNode selected) {
        this.selected = selected;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> rows = new ArrayList<>();
        rows.add(row(ID, Messages.Node_id, Messages.Category_node));
        rows.add(row(MECHANISM, Messages.Node_mechanism, Messages.Category_node));
        rows.add(row(PRESET, Messages.Node_preset, Messages.Category_node));
        if (selected.spec() != null) {
            for (ParameterSpec p : selected.spec().parameters()) {
                rows.add(row(PARAMETER + p.name(), p.name(), Messages.Category_parameters));
            }
        }
        return rows.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        String key = (String) id;
        return switch (key) {
            case ID -> selected.id();
            case MECHANISM -> selected.spec() == null
                    ? NLS.bind(Messages.Node_notInstalled, selected.node().mechanism())
                    : selected.spec().name() + " (" + selected.spec().id() + ")";
            case PRESET -> selected.node().preset() != null ? selected.node().preset()
                    : selected.spec() != null && selected.spec().defaultPreset() != null
                            ? NLS.bind(Messages.Node_defaultPreset, selected.spec().defaultPreset().id())
                            : Messages.Node_noPreset;
            default -> parameterValue(key.substring(PARAMETER.length()));
        };
    }

    private String parameterValue(String name) {
        ParameterSpec parameter = selected.spec().parameters().stream().filter(p -> p.name().equals(name))
                .findFirst().orElse(null);
        if (parameter == null) {
            return "";
        }
        EffectiveValue v = EffectiveValue.of(selected.node(), selected.spec(), parameter, null);
        String origin = switch (v.origin()) {
            case NODE -> Messages.Origin_node;
            case PRESET -> NLS.bind(Messages.Origin_preset, v.via());
            default -> Messages.Origin_default;
        };
        return NLS.bind(Messages.Parameter_value,
                new Object[] { NumberText.show(v.value()), ParameterInput.unit(parameter), origin });
    }

    private static PropertyDescriptor row(String id, String label, String category) {
        PropertyDescriptor d = new PropertyDescriptor(id, label);
        d.setCategory(category);
        return d;
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read only: values are reset on the Parameters page
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read only: values are edited on the Parameters page
    }
}
