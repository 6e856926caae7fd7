package org.ldnworkbench.ui.internal.runs;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.IDescriptionProvider;

/** A run under its pipeline: when it started, how many scenarios, and "partial" when not all ran to their end. */
public final class RunsLabelProvider extends LabelProvider implements IDescriptionProvider {
    @Override
    public String getText(Object element) {
        return element instanceof RunEntry e ? text(e) : null;
    }

    /** @return e.g. {@code 2026-12-01 17:05:12 · 4 scenarios}, {@code · partial} added for an incomplete run */
    static String text(RunEntry e) {
        String started = RunFolders.label("", e.folder().getName()).trim();
        String text = NLS.bind(e.scenarios() == 1 ? Messages.Runs_labelOne : Messages.Runs_label, started,
                e.scenarios());
        return e.complete() ? text : NLS.bind(Messages.Runs_labelPartial, text);
    }

    @Override
    public Image getImage(Object element) {
        if (!(element instanceof RunEntry e)) {
            return null;
        }
        return PlatformUI.getWorkbench().getSharedImages()
                .getImage(e.complete() ? ISharedImages.IMG_OBJ_FOLDER : ISharedImages.IMG_OBJS_WARN_TSK);
    }

    @Override
    public String getDescription(Object element) {
        return element instanceof RunEntry e ? NLS.bind(Messages.Runs_description, text(e), e.folder().getFullPath())
                : null;
    }
}
