package org.ldnworkbench.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.ldnworkbench.ui.internal.editor.diagram.DiagramPage;
import org.ldnworkbench.ui.internal.editor.pages.ParametersPage;
import org.ldnworkbench.ui.internal.editor.pages.ScenariosPage;
import org.ldnworkbench.ui.internal.editor.pages.SimulationPage;

/**
 * The pages of the pipeline editor before its Source page, in tab order. A new page is one line here.
 */
final class EditorPages {
    private EditorPages() {
    }

    /** @return new instances of the editor's pages, in tab order */
    static List<PipelineEditorPage> create() {
        List<PipelineEditorPage> pages = new ArrayList<>();
        pages.add(new DiagramPage());
        pages.add(new ParametersPage());
        pages.add(new ScenariosPage());
        pages.add(new SimulationPage());
        return pages;
    }
}
