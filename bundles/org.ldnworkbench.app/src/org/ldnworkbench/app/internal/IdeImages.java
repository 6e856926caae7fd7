package org.ldnworkbench.app.internal;

import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;

/**
 * The images the IDE's views ask the workbench for but which only the IDE's own application declares: without them
 * the Project Explorer shows projects and the Problems view shows severities without icons. The keys of the
 * Problems view are the IDE's internal ones (IDEInternalWorkbenchImages), written out here as the strings they are.
 */
final class IdeImages {
    private static final String OBJ = "icons/full/obj16/";
    private static final String ETOOL = "icons/full/etool16/";
    private static final String EVIEW = "icons/full/eview16/";
    private static final String[][] IMAGES = {
        {IDE.SharedImages.IMG_OBJ_PROJECT, OBJ + "prj_obj.png"},
        {IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, OBJ + "cprj_obj.png"},
        {"IMG_OBJS_ERROR_PATH", OBJ + "error_tsk.png"},
        {"IMG_OBJS_WARNING_PATH", OBJ + "warn_tsk.png"},
        {"IMG_OBJS_INFO_PATH", OBJ + "info_tsk.png"},
        {"IMG_ETOOL_PROBLEM_CATEGORY", ETOOL + "problem_category.png"},
        {"IMG_ETOOL_PROBLEMS_VIEW", EVIEW + "problems_view.png"},
        {"IMG_ETOOL_PROBLEMS_VIEW_ERROR", EVIEW + "problems_view_error.png"},
        {"IMG_ETOOL_PROBLEMS_VIEW_WARNING", EVIEW + "problems_view_warning.png"},
        {"IMG_ETOOL_PROBLEMS_VIEW_INFO", EVIEW + "problems_view_info.png"},
    };

    private IdeImages() {
    }

    static void declare(IWorkbenchConfigurer configurer) {
        Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
        if (ide == null) {
            return;
        }
        for (String[] image : IMAGES) {
            URL url = FileLocator.find(ide, IPath.fromOSString(image[1]));
            if (url != null) {
                configurer.declareImage(image[0], ImageDescriptor.createFromURL(url), true);
            }
        }
    }
}
