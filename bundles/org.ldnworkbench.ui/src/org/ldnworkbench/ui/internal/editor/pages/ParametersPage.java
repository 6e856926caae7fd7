package org.ldnworkbench.ui.internal.editor.pages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.ui.internal.editor.PageContext;
import org.ldnworkbench.ui.internal.editor.PageRefresh;
import org.ldnworkbench.ui.internal.editor.PipelineEditorPage;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.internal.editor.model.PipelineProblems;
import org.ldnworkbench.ui.internal.editor.pages.ParameterCells.Column;
import org.ldnworkbench.ui.internal.editor.pages.ParameterRow.NodeRow;
import org.ldnworkbench.ui.internal.editor.pages.ParameterRow.ValueRow;

/**
 * The Parameters page: one tree, node then its mechanism's parameters and tables, with value, unit, where the value
 * comes from, the scenarios that override it, default, range, evidence status, source and note. Values are edited
 * in place (refused with the range when the engine would refuse them), reset with Delete, and a node's preset is
 * chosen in its row. Every change is one undoable edit of the document; the tree follows the document (undo, redo,
 * other pages) and keeps its expansion and selection, its rows being ids.
 */
public final class ParametersPage implements PipelineEditorPage {
    /** Characters per tooltip line. */
    private static final int TOOLTIP_WIDTH = 100;
    private static final int[] WIDTHS = {330, 110, 60, 65, 125, 100, 170, 260, 260, 400};

    private PageContext context;
    private TreeViewer viewer;
    private MessageLine message;
    private Font bold;
    private Font italic;
    private final PipelineDocument.Listener documentListener = d -> this.refreshWhenShown.request();
    private final PipelineProblems.Listener problemsListener = p -> this.refreshWhenShown.request();
    private PageRefresh refreshWhenShown;

    @Override
    public String title() {
        return Messages.ParametersPage_title;
    }

    @Override
    public Control createControl(Composite parent, PageContext pageContext) {
        this.context = pageContext;
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        createLegend(page);
        createTree(page);
        message = new MessageLine(page, context.site());
        refreshWhenShown = new PageRefresh(page, this::refresh);
        context.document().addListener(documentListener);
        context.problems().addListener(problemsListener);
        viewer.setInput(context.document());
        viewer.expandAll();
        return page;
    }

    private void createLegend(Composite page) {
        Composite legend = new Composite(page, SWT.NONE);
        legend.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        legend.setLayout(layout);
        Label icon = new Label(legend, SWT.NONE);
        icon.setImage(sharedImage(ISharedImages.IMG_OBJS_WARN_TSK));
        Label text = new Label(legend, SWT.WRAP);
        text.setText(Messages.ParametersPage_legend);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    private void createTree(Composite page) {
        viewer = new TreeViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.getTree().setData(PagesIds.WIDGET_KEY, PagesIds.PARAMETERS_TREE);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new Content());
        Font base = viewer.getTree().getFont();
        bold = JFaceResources.getFontDescriptor(JFaceResources.DEFAULT_FONT).withStyle(SWT.BOLD).createFont(
                base.getDevice());
        italic = JFaceResources.getFontDescriptor(JFaceResources.DEFAULT_FONT).withStyle(SWT.ITALIC).createFont(
                base.getDevice());
        Map<Column, String> headers = headers();
        for (Column c : Column.values()) {
            TreeViewerColumn col = new TreeViewerColumn(viewer, SWT.LEFT);
            col.getColumn().setText(headers.get(c));
            col.getColumn().setWidth(WIDTHS[c.ordinal()]);
            col.getColumn().setResizable(true);
            col.setLabelProvider(new Cells(c));
            if (c == Column.VALUE) {
                col.setEditingSupport(new ParameterValueEditing(viewer, this));
            }
        }
        ColumnViewerToolTipSupport.enableFor(viewer);
        TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL;
            }
        }, ColumnViewerEditor.KEEP_EDITOR_ON_DOUBLE_CLICK | ColumnViewerEditor.TABBING_VERTICAL);
        viewer.getTree().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.F2 || e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                editSelected();
                e.doit = false;
            }
        });
        createMenu();
        FocusActivation.attach(viewer.getTree(), context.site(), null,
                Map.of(PagesIds.DELETE, new PageHandler(this::resetSelected, this::canReset)));
    }

    private void createMenu() {
        MenuManager menu = new MenuManager("#PopupMenu", PagesIds.PARAMETERS_MENU);
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
        // the editor input's own contributions (Team, Compare With) are about the file, not these rows
        context.site().registerContextMenu(PagesIds.PARAMETERS_MENU, menu, viewer, false);
    }

    private static Map<Column, String> headers() {
        Map<Column, String> h = new EnumMap<>(Column.class);
        h.put(Column.PARAMETER, Messages.ParametersPage_colParameter);
        h.put(Column.VALUE, Messages.ParametersPage_colValue);
        h.put(Column.UNIT, Messages.ParametersPage_colUnit);
        h.put(Column.FROM, Messages.ParametersPage_colFrom);
        h.put(Column.SCENARIOS, Messages.ParametersPage_colScenarios);
        h.put(Column.DEFAULT, Messages.ParametersPage_colDefault);
        h.put(Column.RANGE, Messages.ParametersPage_colRange);
        h.put(Column.STATUS, Messages.ParametersPage_colStatus);
        h.put(Column.SOURCE, Messages.ParametersPage_colSource);
        h.put(Column.NOTE, Messages.ParametersPage_colNote);
        return h;
    }

    /** @return the cells of the document as it is now */
    ParameterCells cells() {
        return new ParameterCells(context.document().pipeline(), context.catalog());
    }

    PipelineDocument document() {
        return context.document();
    }

    MessageLine message() {
        return message;
    }

    private void editSelected() {
        Object first = viewer.getStructuredSelection().getFirstElement();
        if (first instanceof NodeRow || first instanceof ValueRow) {
            viewer.editElement(first, Column.VALUE.ordinal());
        }
    }

    private boolean canReset() {
        ParameterCells cells = cells();
        for (Object o : viewer.getStructuredSelection()) {
            Node n = o instanceof ParameterRow r ? cells.node(r) : null;
            if (n != null && (o instanceof ValueRow v ? n.parameters().containsKey(v.name())
                    : o instanceof NodeRow && !n.parameters().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes the node's own values of the selected parameters (of every parameter of a selected node), so that
     * the preset or the mechanism's default applies again: one edit for the whole selection.
     */
    void resetSelected() {
        List<String> keys = new ArrayList<>();
        IStructuredSelection selection = viewer.getStructuredSelection();
        ParameterCells cells = cells();
        for (Object o : selection) {
            Node n = o instanceof ParameterRow r ? cells.node(r) : null;
            if (n == null) {
                continue;
            }
            if (o instanceof ValueRow v && n.parameters().containsKey(v.name())) {
                keys.add(n.id() + "." + v.name());
            } else if (o instanceof NodeRow) {
                n.parameters().keySet().forEach(k -> keys.add(n.id() + "." + k));
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        String label = NLS.bind(Messages.ParametersPage_resetLabel, String.join(", ", keys));
        IStatus s = context.document().edit(label, p -> keys.forEach(k -> {
            int dot = k.indexOf('.');
            p.node(k.substring(0, dot)).parameters().remove(k.substring(dot + 1));
        }));
        if (s.isOK()) {
            message.info(label);
        } else {
            message.error(s.getMessage());
        }
    }

    private void refresh() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh();
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void showNode(String nodeId) {
        NodeRow row = new NodeRow(nodeId);
        viewer.expandToLevel(row, 1);
        viewer.setSelection(new StructuredSelection(row), true);
    }

    @Override
    public void dispose() {
        if (context != null) {
            context.document().removeListener(documentListener);
            context.problems().removeListener(problemsListener);
        }
        if (bold != null) {
            bold.dispose();
            italic.dispose();
        }
    }

    /** @return the text with line breaks at spaces, so that a long source or description fits a tooltip */
    static String wrap(String text) {
        StringBuilder sb = new StringBuilder();
        int column = 0;
        for (String word : text.split(" ", -1)) {
            int nl = word.lastIndexOf('\n');
            if (column > 0 && column + word.length() > TOOLTIP_WIDTH) {
                sb.append('\n');
                column = 0;
            } else if (sb.length() > 0) {
                sb.append(' ');
                column++;
            }
            sb.append(word);
            column = nl >= 0 ? word.length() - nl - 1 : column + word.length();
        }
        return sb.toString();
    }

    private static Image sharedImage(String key) {
        return PlatformUI.getWorkbench().getSharedImages().getImage(key);
    }

    /** Nodes, then their parameters and tables, read from the document at each refresh. */
    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return cells().nodes().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof NodeRow n ? cells().children(n).toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof NodeRow || !(element instanceof ParameterRow r) ? null
                    : new NodeRow(r.nodeId());
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof NodeRow n && !cells().children(n).isEmpty();
        }
    }

    /**
     * One column's text, font (bold: the node's own value; italic: a preset's), icons (assumed status, the engine's
     * problems about the row) and tooltip.
     */
    private final class Cells extends ColumnLabelProvider {
        private final Column column;

        Cells(Column column) {
            this.column = column;
        }

        @Override
        public String getText(Object element) {
            return element instanceof ParameterRow r ? cells().text(r, column) : "";
        }

        @Override
        public Font getFont(Object element) {
            if (column == Column.PARAMETER && element instanceof NodeRow) {
                return bold;
            }
            if (column != Column.VALUE || !(element instanceof ValueRow v)) {
                return null;
            }
            EffectiveValue value = cells().value(v);
            if (value == null) {
                return null;
            }
            return switch (value.origin()) {
            case NODE -> bold;
            case PRESET -> italic;
            default -> null;
            };
        }

        @Override
        public Image getImage(Object element) {
            if (column == Column.STATUS && element instanceof ValueRow v && cells().isAssumed(v)) {
                return sharedImage(ISharedImages.IMG_OBJS_WARN_TSK);
            }
            if (column == Column.PARAMETER && element instanceof ParameterRow r && !problems(r).isEmpty()) {
                return sharedImage(ISharedImages.IMG_OBJS_ERROR_TSK);
            }
            return null;
        }

        @Override
        public String getToolTipText(Object element) {
            if (!(element instanceof ParameterRow r)) {
                return null;
            }
            List<String> lines = new ArrayList<>();
            if (column == Column.PARAMETER || column == Column.VALUE) {
                problems(r).forEach(p -> lines.add(p.message()));
            }
            if (column == Column.STATUS && element instanceof ValueRow v && cells().isAssumed(v)) {
                lines.add(Messages.ParametersPage_assumedTip);
            }
            if (column == Column.VALUE && element instanceof ValueRow v) {
                ParameterSpec p = cells().parameter(v);
                if (p != null) {
                    lines.add(NLS.bind(Messages.ParametersPage_valueTip, new Object[] {p.name(),
                            NumberText.range(p.min(), p.max()) + ParameterInput.unit(p),
                            ParameterCells.from(cells().value(v))}));
                }
            }
            if (column == Column.PARAMETER && element instanceof NodeRow n && cells().spec(n) != null) {
                lines.add(cells().spec(n).name() + " (" + cells().spec(n).id() + ")");
                lines.add(cells().spec(n).description());
            }
            String text = cells().text(r, column);
            if (lines.isEmpty() && text.length() > 30) {
                lines.add(text);
            }
            return lines.isEmpty() ? null : wrap(String.join("\n", lines));
        }

        /** @return the engine's problems about the row: its node's, or those naming its parameter or table */
        private List<Problem> problems(ParameterRow r) {
            List<Problem> all = context.problems().ofNode(r.nodeId());
            if (r instanceof NodeRow) {
                return all;
            }
            String name = r instanceof ValueRow v ? "parameters." + v.name()
                    : "tables." + ((ParameterRow.TableRow) r).name();
            String layered = r instanceof ValueRow v ? "parameters." + r.nodeId() + "." + v.name() : name;
            return all.stream().filter(p -> names(p.field(), name) || names(p.field(), layered)).toList();
        }

        /** @return whether a problem's field list ({@code a, b}; a layer's fields are prefixed) names the field */
        private static boolean names(String fields, String field) {
            for (String f : fields.split(",")) {
                String t = f.strip();
                if (t.equals(field) || t.endsWith(" " + field)) {
                    return true;
                }
            }
            return false;
        }
    }
}
