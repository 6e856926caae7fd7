package org.ldnworkbench.ui.mechanism;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PresetSpec;
import org.ldnworkbench.core.pipeline.Pipeline;

/**
 * The node a {@link MechanismEditor} edits, in the pipeline its editor shows. Reading gives the node's state now;
 * {@link #setParameter} and {@link #setPreset} change the pipeline, each as one step that Edit &gt; Undo undoes (in
 * the pipeline editor or with Ctrl+Z in the editor's window), after the checks the Parameters page makes. Listeners
 * hear every change of the pipeline, so an editor shows the node's values after an undo as after its own edit.
 * <p>
 * Threading: the user-interface thread only. Copy what a background computation needs ({@link #pipeline()} is a
 * copy already; {@link ParameterValue}s are values).
 *
 * @noimplement This interface is not intended to be implemented by clients; the workbench passes one to
 *              {@link MechanismEditor#createControl}.
 * @since 0.1
 */
public interface MechanismEditorContext {
    /**
     * Told after every change of the pipeline the node belongs to (an edit of any page, an undo or redo, a reload),
     * while the node exists. When the node or its pipeline editor goes away, the window closes instead.
     *
     * @since 0.1
     */
    @FunctionalInterface
    interface Listener {
        /**
         * @param context the context, showing the new state
         * @since 0.1
         */
        void nodeChanged(MechanismEditorContext context);
    }

    /**
     * @return the node's id in the pipeline now: a rename of the node (and its undo) is followed, and the listeners
     *         are told, so read it when it is needed rather than keeping it
     * @since 0.1
     */
    String nodeId();

    /**
     * @return the declaration of the node's mechanism
     * @since 0.1
     */
    MechanismSpec spec();

    /**
     * @return the preset the node names, or null when it names none (then {@link #effectivePreset()} is the
     *         mechanism's default preset, if it has one)
     * @since 0.1
     */
    String preset();

    /**
     * @return the preset in effect for the node: the one it names, else the mechanism's default; null when none
     * @since 0.1
     */
    PresetSpec effectivePreset();

    /**
     * @return every scalar parameter of the mechanism with the node's effective value, in declaration order
     * @since 0.1
     */
    List<ParameterValue> values();

    /**
     * The node's effective values as plain numbers, for a preview that runs the mechanism itself: a copy, safe to
     * hand to a background computation.
     *
     * @return the value of every entry of {@link #values()}, in the same order (the mechanism's declaration order)
     * @since 0.1
     */
    default double[] parameterArray() {
        List<ParameterValue> values = values();
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i).value();
        }
        return array;
    }

    /**
     * @param parameter a parameter name of the mechanism
     * @return its effective value, or null when the mechanism declares no such parameter
     * @since 0.1
     */
    ParameterValue value(String parameter);

    /**
     * @return a copy of the whole pipeline as it is now (for previews that need the node's neighbours, e.g. the
     *         pharmacokinetics that feed a receptor)
     * @since 0.1
     */
    Pipeline pipeline();

    /**
     * @return the installed mechanisms, to compile preview pipelines with
     * @since 0.1
     */
    MechanismCatalog catalog();

    /**
     * Sets the node's own value of a parameter, as one undoable edit. Refused, changing nothing, when the value is
     * outside the parameter's declared range, not finite, or not whole for an integer parameter.
     *
     * @param name a parameter name of the mechanism
     * @param value the new value, in the parameter's unit
     * @return OK, or an error whose message names the node, the parameter, the value and the allowed range
     * @since 0.1
     */
    IStatus setParameter(String name, double value);

    /**
     * Removes the node's own value of a parameter, so that its preset's value or the default applies again; one
     * undoable edit. Nothing happens when the node sets no value.
     *
     * @param name a parameter name of the mechanism
     * @return OK, or an error naming the node and the parameter
     * @since 0.1
     */
    IStatus resetParameter(String name);

    /**
     * Chooses the node's preset, as one undoable edit.
     *
     * @param presetId a preset id the mechanism declares, or null for none (the mechanism's default preset applies)
     * @return OK, or an error naming the node and the preset
     * @since 0.1
     */
    IStatus setPreset(String presetId);

    /**
     * @param listener told after every change of the pipeline
     * @since 0.1
     */
    void addListener(Listener listener);

    /**
     * @param listener no longer told
     * @since 0.1
     */
    void removeListener(Listener listener);
}
