package org.ldnworkbench.ui.internal.palette;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Image;

/** The palette's own images, freed with the view. */
final class PaletteImages {
    private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
    private Image mechanism;

    Image mechanism() {
        if (mechanism == null) {
            mechanism = resources.create(ResourceLocator.imageDescriptorFromBundle(PaletteImages.class,
                    "icons/mechanism16.png").orElse(ImageDescriptor.getMissingImageDescriptor()));
        }
        return mechanism;
    }

    void dispose() {
        resources.dispose();
    }
}
