/**
 * The API for plugins that contribute the editor of a mechanism to the extension point
 * {@code org.ldnworkbench.ui.mechanismEditors} (schema {@code schema/mechanismEditors.exsd} of
 * {@code org.ldnworkbench.ui}). Double-clicking a node on the pipeline editor's diagram opens its mechanism's editor
 * in a window of its own; a mechanism without a contributed editor gets the workbench's generic parameter form.
 * <p>
 * A plugin implements {@link org.ldnworkbench.ui.mechanism.MechanismEditor} and reads and changes the node through
 * the {@link org.ldnworkbench.ui.mechanism.MechanismEditorContext} it is given (the workbench implements it). The
 * values it sees are the node's effective values ({@link org.ldnworkbench.ui.mechanism.ParameterValue}: the
 * mechanism's default, the node's preset or the node's own value, as the engine resolves them for a run without
 * scenario); a change it makes is one undoable edit of the pipeline, checked as the Parameters page checks it.
 * Previews that simulate run off the user-interface thread; {@link org.ldnworkbench.ui.mechanism.PreviewJob} runs
 * the newest request, cancels the stale ones and can follow the node until the editor is disposed;
 * {@link org.ldnworkbench.ui.mechanism.PreviewLayout} lays an editor out as the workbench's own editors are (parameter
 * fields and notes in a side panel, previews beside it), and
 * {@link org.ldnworkbench.ui.mechanism.ParameterFields} gives the side panel's value fields.
 * <p>
 * Threading: every method of this package is called, and must be called, on the user-interface thread, except
 * {@link org.ldnworkbench.ui.mechanism.PreviewJob.Computation#compute}, which runs in a background job.
 * <p>
 * Provisional in 0.1: the package may gain methods in a minor release (see docs/API-POLICY.md).
 *
 * @since 0.1
 */
package org.ldnworkbench.ui.mechanism;
