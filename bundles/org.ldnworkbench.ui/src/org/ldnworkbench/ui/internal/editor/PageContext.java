package org.ldnworkbench.ui.internal.editor;

import org.eclipse.ui.IEditorSite;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.internal.editor.model.PipelineProblems;

/**
 * What a page of the pipeline editor works with.
 *
 * @param document the pipeline, changed only through its undoable edits
 * @param problems the newest result of the engine's checks on it
 * @param catalog the installed mechanisms (metadata from plugin.xml; creating instances activates bundles)
 * @param site the editor's site (selection provider, key binding service, shell)
 */
public record PageContext(PipelineDocument document, PipelineProblems problems, MechanismCatalog catalog,
        IEditorSite site) {
}
