package org.ldnworkbench.ui.internal.editor.diagram;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.ldnworkbench.ui.internal.UiIds;

/**
 * Takes mechanisms dragged from the Mechanism Palette (text {@code mechanism:<id>}) and adds a node of that
 * mechanism where it is dropped. Other text is not accepted.
 */
final class DiagramDrop extends DropTargetAdapter {
    private final DiagramPage page;
    private final DiagramCanvas canvas;

    DiagramDrop(DiagramPage page, DiagramCanvas canvas) {
        this.page = page;
        this.canvas = canvas;
        DropTarget target = new DropTarget(canvas, DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_DEFAULT);
        target.setTransfer(new Transfer[] { TextTransfer.getInstance() });
        target.addDropListener(this);
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        if (event.detail == DND.DROP_DEFAULT || event.detail == DND.DROP_MOVE) {
            event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
        }
    }

    @Override
    public void drop(DropTargetEvent event) {
        if (!(event.data instanceof String text) || !text.startsWith(UiIds.DRAGGED_MECHANISM_PREFIX)) {
            event.detail = DND.DROP_NONE;
            return;
        }
        Point at = canvas.toControl(event.x, event.y);
        page.addNode(text.substring(UiIds.DRAGGED_MECHANISM_PREFIX.length()).trim(),
                new DiagramPoint(canvas.view().toDiagramX(at.x), canvas.view().toDiagramY(at.y)));
    }
}
