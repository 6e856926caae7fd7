package org.ldnworkbench.ui.internal.editor.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PresetSpec;

/**
 * The presets a node (or a scenario, for a node) may choose, as a combo lists them. The first choice is "no choice":
 * for a node, the mechanism's default preset applies (or none); for a scenario, the node's own preset stays. A preset
 * id the mechanism does not declare (a file being mended) is listed too, marked unknown, so the combo can show the
 * current state.
 */
public final class PresetChoices {
    /**
     * One entry of the combo.
     *
     * @param presetId the id to store, null for "no choice"
     * @param label what the combo shows
     */
    public record Choice(String presetId, String label) {
    }

    private PresetChoices() {
    }

    /**
     * @param spec the node's mechanism
     * @param current the preset the node or scenario names now, or null
     * @return the choices for a node: the default (or none), then each declared preset
     */
    public static List<Choice> forNode(MechanismSpec spec, String current) {
        PresetSpec byDefault = spec.defaultPreset();
        String first = byDefault == null ? Messages.PresetChoices_none
                : NLS.bind(Messages.PresetChoices_default, byDefault.id());
        return choices(spec, current, first);
    }

    /**
     * @param spec the node's mechanism
     * @param current the preset the scenario chooses now, or null
     * @return the choices for a scenario: keep the node's, then each declared preset
     */
    public static List<Choice> forScenario(MechanismSpec spec, String current) {
        return choices(spec, current, Messages.PresetChoices_keepNodes);
    }

    /** @return the index of the current choice in {@code choices} */
    public static int indexOf(List<Choice> choices, String current) {
        for (int i = 0; i < choices.size(); i++) {
            if (Objects.equals(choices.get(i).presetId(), current)) {
                return i;
            }
        }
        return 0;
    }

    private static List<Choice> choices(MechanismSpec spec, String current, String first) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(null, first));
        for (PresetSpec p : spec.presets()) {
            choices.add(new Choice(p.id(), p.isDefault() ? NLS.bind(Messages.PresetChoices_isDefault, p.id())
                    : p.id()));
        }
        if (current != null && spec.preset(current) == null) {
            choices.add(new Choice(current, NLS.bind(Messages.PresetChoices_unknown, current)));
        }
        return choices;
    }
}
