package org.ldnworkbench.ui.internal.runs;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IAdaptable;

/**
 * A run of a pipeline, as the Project Explorer lists it under the pipeline file: its folder and what its label
 * says. Adapts to its folder, so that the platform's Delete, Refresh and Properties work on it.
 *
 * @param pipeline the pipeline file it is listed under
 * @param folder the run folder
 * @param scenarios how many scenarios it holds
 * @param complete whether every scenario ran to its end
 */
public record RunEntry(IFile pipeline, IFolder folder, int scenarios, boolean complete) implements IAdaptable {
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter.isInstance(folder) && (adapter == IResource.class || adapter == IFolder.class
                || adapter == org.eclipse.core.resources.IContainer.class)) {
            return adapter.cast(folder);
        }
        return null;
    }
}
