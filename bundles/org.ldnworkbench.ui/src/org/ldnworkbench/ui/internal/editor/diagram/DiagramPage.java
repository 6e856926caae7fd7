package org.ldnworkbench.ui.internal.editor.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerActivation;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.ui.internal.editor.PageContext;
import org.ldnworkbench.ui.internal.editor.properties.SelectedNode;
import org.ldnworkbench.ui.internal.editor.PipelineEditorPage;
import org.ldnworkbench.ui.internal.editor.model.NodeIds;
import org.ldnworkbench.ui.internal.editor.model.PipelineChanges;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.internal.editor.model.PipelineProblems;
import org.ldnworkbench.ui.internal.mechanismeditors.MechanismEditorWindows;

/**
 * The Diagram page of the pipeline editor: the pipeline as boxes and wires on a canvas, edited with mouse and
 * keyboard. Every change goes through the document as one undoable edit; the page redraws from the document after
 * each change (its own, another page's, an undo), keeping the selection by node id.
 */
public final class DiagramPage implements PipelineEditorPage {
    /** The key-binding context active while the canvas has the focus. */
    public static final String CONTEXT_ID = "org.ldnworkbench.ui.diagram.context";
    /** Command: automatic layout. */
    public static final String LAYOUT_COMMAND = "org.ldnworkbench.ui.diagram.layout";
    /** Command: zoom to fit. */
    public static final String FIT_COMMAND = "org.ldnworkbench.ui.diagram.fit";
    /** Command: zoom in. */
    public static final String ZOOM_IN_COMMAND = "org.ldnworkbench.ui.diagram.zoomIn";
    /** Command: zoom out. */
    public static final String ZOOM_OUT_COMMAND = "org.ldnworkbench.ui.diagram.zoomOut";
    /** Command: zoom 100 %. */
    public static final String ZOOM_RESET_COMMAND = "org.ldnworkbench.ui.diagram.zoomReset";
    /** Command: connect a port of the selected node, choosing from a list. */
    public static final String CONNECT_COMMAND = "org.ldnworkbench.ui.diagram.connect";

    private final DiagramSelectionProvider selectionProvider = new DiagramSelectionProvider(this);
    private final List<IHandlerActivation> handlers = new ArrayList<>();
    private PageContext context;
    private ConnectionRules rules;
    private DiagramCanvas canvas;
    private NodeGeometry geometry;
    /** The diagram's key-binding context while the page shows, else null. */
    private IContextActivation keys;
    private final PipelineDocument.Listener documentListener = d -> rebuild();
    private final PipelineProblems.Listener problemsListener = p -> showProblems();

    @Override
    public String title() {
        return Messages.Page_title;
    }

    @Override
    public Control createControl(Composite parent, PageContext pageContext) {
        context = pageContext;
        rules = new ConnectionRules(context.catalog());
        Composite root = new Composite(parent, SWT.NONE) {
            @Override
            public boolean setFocus() {
                // the editor focuses its page's control: the canvas, not the toolbar above it
                return canvas.setFocus();
            }
        };
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(root);
        ToolBarManager toolbar = toolbar();
        GridDataFactory.fillDefaults().grab(true, false).applyTo(toolbar.createControl(root));
        canvas = new DiagramCanvas(root);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        geometry = new NodeGeometry(canvas.measure());
        DiagramMouse mouse = new DiagramMouse(this, canvas);
        new DiagramKeys(this, canvas, mouse);
        new DiagramDrop(this, canvas);
        activateHandlers();
        root.addListener(SWT.Show, e -> pageShown());
        root.addListener(SWT.Hide, e -> pageHidden());
        canvas.addListener(SWT.FocusIn, e -> installGlobalActions());
        canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = NLS.bind(Messages.Accessible_name, pipeline().nodes().size(),
                        pipeline().connections().size());
            }
        });
        context.site().setSelectionProvider(selectionProvider);
        context.document().addListener(documentListener);
        context.problems().addListener(problemsListener);
        rebuild();
        showProblems();
        canvas.showTopLeft();
        pageShown();
        return root;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void showNode(String nodeId) {
        if (canvas.scene() != null && canvas.scene().box(nodeId) != null) {
            canvas.selection().selectOnly(nodeId);
            canvas.reveal(nodeId);
            selectionChanged();
        }
    }

    @Override
    public void dispose() {
        if (context != null) {
            context.document().removeListener(documentListener);
            context.problems().removeListener(problemsListener);
            context.site().getService(IHandlerService.class).deactivateHandlers(handlers);
            pageHidden();
        }
    }

    Pipeline pipeline() {
        return context.document().pipeline();
    }

    /**
     * @param id a node id of the pipeline
     * @return the node as the Properties view shows it (a copy: the document's pipeline changes by replacement)
     */
    SelectedNode selectedNode(String id) {
        Node node = pipeline().node(id);
        return new SelectedNode(node.copy(), context.catalog().spec(node.mechanism()));
    }

    /** Redraws and publishes the selection after the mouse or keyboard changed it. */
    void selectionChanged() {
        canvas.redraw();
        selectionProvider.publish(canvas.selection());
    }

    /** @param ids the nodes to select (from the selection provider) */
    void select(List<String> ids) {
        canvas.selection().clear();
        canvas.selection().addAll(ids.stream().filter(id -> canvas.scene().box(id) != null).toList());
        selectionChanged();
    }

    String connectionProblem(PortEnd a, PortEnd b) {
        return rules.problem(pipeline(), a, b);
    }

    /** Text for the native tooltip over the diagram: a port's meaning, a node's or a wire's problems. */
    String tooltipAt(double x, double y, double radius) {
        DiagramScene scene = canvas.scene();
        PortHit port = scene.portAt(x, y, radius);
        if (port != null) {
            DiagramPort p = port.port();
            return NLS.bind(Messages.Tip_port, new Object[] { p.output() ? Messages.Tip_output : Messages.Tip_input,
                    port.end(), p.unit().isEmpty() ? "?" : p.unit(), p.event() ? Messages.Tip_event : "" });
        }
        NodeBox node = scene.nodeAt(x, y);
        if (node != null) {
            List<String> lines = new ArrayList<>(canvas.problems().ofNode(node.id()));
            if (!node.node().installed()) {
                lines.add(0, NLS.bind(Messages.Tip_notInstalled, node.node().mechanismId()));
            }
            return lines.isEmpty() ? null : String.join("\n", lines);
        }
        DiagramWire wire = scene.wireAt(x, y, radius);
        if (wire != null && !canvas.problems().ofWire(wire.connection()).isEmpty()) {
            return wire.connection() + "\n" + String.join("\n", canvas.problems().ofWire(wire.connection()));
        }
        return null;
    }

    void moveSelection(double dx, double dy) {
        Set<String> ids = canvas.selection().nodes();
        if (ids.isEmpty()) {
            return;
        }
        Map<String, double[]> positions = canvas.scene().unplacedPositions();
        for (String id : ids) {
            NodeBox b = canvas.scene().box(id);
            positions.put(id, new double[] { Math.round(b.x() + dx), Math.round(b.y() + dy) });
        }
        edit(NLS.bind(Messages.Edit_move, describe(ids)), p -> PipelineChanges.move(p, positions));
    }

    void connect(PortEnd a, PortEnd b) {
        String problem = connectionProblem(a, b);
        if (problem != null) {
            MessageDialog.openError(canvas.getShell(), Messages.Page_title, problem);
            return;
        }
        Connection wire = a.output() ? new Connection(a.ref(), b.ref()) : new Connection(b.ref(), a.ref());
        edit(NLS.bind(Messages.Edit_connect, wire), p -> PipelineChanges.connect(p, wire));
    }

    /** Adds a node of a mechanism near a diagram point (a drop from the palette), selected. */
    void addNode(String mechanismId, DiagramPoint at) {
        if (context.catalog().spec(mechanismId) == null) {
            MessageDialog.openError(canvas.getShell(), Messages.Page_title,
                    NLS.bind(Messages.Drop_unknown, mechanismId));
            return;
        }
        String id = NodeIds.free(pipeline(), mechanismId);
        Pipeline alone = new Pipeline().add(new Node(id, mechanismId));
        NodeBox box = geometry.box(DiagramNodes.of(alone, context.catalog()).get(0), 0, 0);
        DiagramPoint place = FreeSpace.place(canvas.scene().boxes(), box, at);
        Map<String, double[]> keep = canvas.scene().unplacedPositions();
        canvas.selection().selectOnly(id);
        edit(NLS.bind(Messages.Edit_add, id), p -> {
            PipelineChanges.move(p, keep);
            PipelineChanges.addNode(p, id, mechanismId, Math.round(place.x()), Math.round(place.y()));
        });
        canvas.reveal(id);
        selectionChanged();
    }

    void deleteSelection() {
        Set<String> nodes = canvas.selection().nodes();
        Set<Connection> wires = canvas.selection().wires();
        if (nodes.isEmpty() && wires.isEmpty()) {
            return;
        }
        List<String> what = new ArrayList<>(nodes);
        wires.forEach(w -> what.add(w.toString()));
        edit(NLS.bind(Messages.Edit_delete, describe(what)), p -> {
            PipelineChanges.disconnect(p, wires);
            PipelineChanges.removeNodes(p, nodes);
        });
    }

    void selectAll() {
        canvas.selection().addAll(canvas.scene().boxes().stream().map(NodeBox::id).toList());
        canvas.selection().addWires(canvas.scene().wires().stream().map(DiagramWire::connection).toList());
        selectionChanged();
    }

    /** Asks for a new id of the focused (or only selected) node and renames it. */
    void rename() {
        String id = singleNode();
        if (id == null) {
            return;
        }
        String newId = RenameDialog.ask(canvas.getShell(), pipeline(), id);
        if (newId == null || newId.equals(id)) {
            return;
        }
        canvas.selection().renamed(id, newId);
        edit(NLS.bind(Messages.Edit_rename, id, newId), p -> PipelineChanges.rename(p, id, newId));
    }

    /** Opens the mechanism editor of the focused (or only selected) node, in a window of its own. */
    void openMechanismEditor() {
        String id = singleNode();
        if (id != null) {
            MechanismEditorWindows.open(context.site().getPart(), context.document(), context.catalog(), id);
        }
    }

    /** Lets the user pick a wire to or from the focused node among those the rules allow, and draws it. */
    void connectFromSelection() {
        String id = singleNode();
        if (id == null) {
            MessageDialog.openInformation(canvas.getShell(), Messages.Page_title, Messages.Connect_noSelection);
            return;
        }
        Connection chosen = ConnectDialog.choose(canvas.getShell(), id, ConnectDialog.candidates(canvas.scene(),
                rules, pipeline(), id));
        if (chosen != null) {
            connect(new PortEnd(chosen.from().node(), chosen.from().port(), true),
                    new PortEnd(chosen.to().node(), chosen.to().port(), false));
        }
    }

    /** Lays the whole pipeline out with ELK as one edit. */
    void layout() {
        if (canvas.scene().boxes().isEmpty()) {
            return;
        }
        Map<String, double[]> positions = new LinkedHashMap<>(ElkLayout.layout(
                new ArrayList<>(canvas.scene().boxes()), pipeline().connections()));
        edit(Messages.Edit_layout, p -> PipelineChanges.move(p, positions));
        canvas.showTopLeft();
    }

    void zoom(double factor) {
        Rectangle area = canvas.getClientArea();
        canvas.zoomBy(factor, area.width / 2, area.height / 2);
    }

    private String singleNode() {
        DiagramSelection s = canvas.selection();
        if (s.focus() != null && s.contains(s.focus())) {
            return s.focus();
        }
        return s.nodes().size() == 1 ? s.nodes().iterator().next() : null;
    }

    private static String describe(Collection<String> items) {
        return items.size() == 1 ? items.iterator().next() : items.size() + " items";
    }

    private void edit(String label, Consumer<Pipeline> change) {
        IStatus status = context.document().edit(label, change);
        if (!status.isOK()) {
            MessageDialog.openError(canvas.getShell(), Messages.Page_title,
                    NLS.bind(Messages.Edit_refused, label, status.getMessage()));
        }
    }

    private void rebuild() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        DiagramScene scene = DiagramScene.of(pipeline(), context.catalog(), geometry);
        DiagramSelection selection = canvas.selection();
        selection.retain(scene);
        canvas.show(scene, selection);
        selectionProvider.publish(selection);
    }

    private void showProblems() {
        if (canvas != null && !canvas.isDisposed()) {
            canvas.problems(new DiagramProblems(context.problems().all()));
        }
    }

    private ToolBarManager toolbar() {
        ToolBarManager manager = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        String[][] items = { { LAYOUT_COMMAND, Messages.Tool_layout }, { FIT_COMMAND, Messages.Tool_fit },
                { ZOOM_IN_COMMAND, Messages.Tool_zoomIn }, { ZOOM_OUT_COMMAND, Messages.Tool_zoomOut },
                { ZOOM_RESET_COMMAND, Messages.Tool_zoomReset } };
        for (String[] item : items) {
            CommandContributionItemParameter p = new CommandContributionItemParameter(context.site(), null,
                    item[0], CommandContributionItem.STYLE_PUSH);
            p.tooltip = item[1];
            manager.add(new CommandContributionItem(p));
            if (item[0].equals(LAYOUT_COMMAND) || item[0].equals(FIT_COMMAND)) {
                manager.add(new Separator());
            }
        }
        return manager;
    }

    private void activateHandlers() {
        IHandlerService service = context.site().getService(IHandlerService.class);
        Map<String, Runnable> actions = new LinkedHashMap<>();
        actions.put(LAYOUT_COMMAND, this::layout);
        actions.put(FIT_COMMAND, () -> canvas.fit());
        actions.put(ZOOM_IN_COMMAND, () -> zoom(DiagramView.STEP));
        actions.put(ZOOM_OUT_COMMAND, () -> zoom(1 / DiagramView.STEP));
        actions.put(ZOOM_RESET_COMMAND, () -> canvas.zoomTo(1));
        actions.put(CONNECT_COMMAND, this::connectFromSelection);
        actions.forEach((command, action) -> handlers.add(service.activateHandler(command,
                new DiagramHandler(action))));
    }

    /**
     * The diagram's key bindings and its Edit menu handlers (Delete, Select All, Rename) apply while its page shows:
     * the context and the global action handlers follow the page's visibility (focus-out events are not reliable for
     * this: GTK gives the focus back after a dialog without telling the canvas). The global action handlers are
     * installed again when the canvas gains the focus, because those set before the editor's action bars are
     * active (while the editor opens) do not take.
     */
    private void pageShown() {
        IContextService contexts = context.site().getService(IContextService.class);
        if (keys == null) {
            keys = contexts.activateContext(CONTEXT_ID);
        }
        installGlobalActions();
    }

    private void installGlobalActions() {
        setGlobalActions(new DiagramAction(ActionFactory.DELETE, this::deleteSelection),
                new DiagramAction(ActionFactory.SELECT_ALL, this::selectAll),
                new DiagramAction(ActionFactory.RENAME, this::rename));
    }

    private void pageHidden() {
        if (keys != null) {
            context.site().getService(IContextService.class).deactivateContext(keys);
            keys = null;
        }
        if (canvas != null && !canvas.isDisposed()) {
            setGlobalActions(null, null, null);
        }
    }

    private void setGlobalActions(IAction delete, IAction selectAll, IAction rename) {
        IActionBars bars = context.site().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
        bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
        bars.updateActionBars();
    }
}
