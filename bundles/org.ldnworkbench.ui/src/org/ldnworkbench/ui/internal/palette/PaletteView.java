package org.ldnworkbench.ui.internal.palette;

import java.util.List;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.ui.internal.UiIds;

/**
 * The Mechanism Palette: every registered mechanism by category, a filter field above, the selected mechanism's
 * ports, units and presets below. Drag an entry onto the diagram, or double-click it (or press Enter) to add a
 * node to the active pipeline editor. Everything shown comes from the registry's declarations, so opening the
 * palette activates no model bundle.
 */
public final class PaletteView extends ViewPart {
    private Text filterField;
    private TreeViewer viewer;
    private Text details;
    private PaletteFilter filter = new PaletteFilter("");
    private PaletteImages images;
    private int problemsSeen = -1;

    @Override
    public void createPartControl(Composite parent) {
        images = new PaletteImages();
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        area.setLayout(layout);

        filterField = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterField.setMessage(Messages.filterHint);
        filterField.setToolTipText(Messages.filterTooltip);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterField);

        SashForm sash = new SashForm(area, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        viewer = new TreeViewer(sash, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new GroupsContent());
        viewer.setLabelProvider(new EntryLabels());
        viewer.addFilter(new TextFilter());
        viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
        details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        sash.setWeights(62, 38);

        filterField.addModifyListener(e -> applyFilter());
        filterField.addListener(SWT.DefaultSelection, e -> enterInFilter());
        filterField.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN) {
                viewer.getTree().setFocus();
            }
        });
        viewer.addSelectionChangedListener(e -> showDetails(selectedEntry()));
        viewer.addOpenListener(e -> addSelected());
        addDragSupport();
        getSite().setSelectionProvider(viewer);
        reload();
        showDetails(null);
    }

    /** Reads the registry again; a mechanism quarantined since the last look now shows as failed. */
    private void reload() {
        MechanismRegistry registry = MechanismRegistry.getDefault();
        List<String> problems = registry.problems();
        problemsSeen = problems.size();
        viewer.setInput(PaletteModel.build(registry.all(), registry::quarantineReason, problems));
        viewer.expandAll();
    }

    private void applyFilter() {
        filter = new PaletteFilter(filterField.getText());
        viewer.getTree().setRedraw(false);
        try {
            viewer.refresh();
            viewer.expandAll();
        } finally {
            viewer.getTree().setRedraw(true);
        }
    }

    /**
     * Enter in the filter field: when the filter leaves one mechanism, adds it; otherwise selects the first match in
     * the tree, where Enter adds it. So a mechanism is added with the keyboard alone.
     */
    private void enterInFilter() {
        @SuppressWarnings("unchecked")
        List<PaletteGroup> groups = (List<PaletteGroup>) viewer.getInput();
        List<PaletteEntry> matches = filter.matching(groups);
        if (matches.size() == 1 && !matches.get(0).isFailed()) {
            viewer.setSelection(new StructuredSelection(matches.get(0)), true);
            addSelected();
            return;
        }
        if (!matches.isEmpty()) {
            viewer.setSelection(new StructuredSelection(matches.get(0)), true);
        }
        viewer.getTree().setFocus();
    }

    private void addDragSupport() {
        viewer.addDragSupport(DND.DROP_COPY, new Transfer[] {TextTransfer.getInstance()}, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                PaletteEntry entry = selectedEntry();
                event.doit = entry != null && !entry.isFailed();
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                PaletteEntry entry = selectedEntry();
                if (entry != null && TextTransfer.getInstance().isSupportedType(event.dataType)) {
                    event.data = UiIds.DRAGGED_MECHANISM_PREFIX + entry.mechanismId();
                }
            }
        });
    }

    private PaletteEntry selectedEntry() {
        Object first = viewer.getStructuredSelection().getFirstElement();
        return first instanceof PaletteEntry e ? e : null;
    }

    private void showDetails(PaletteEntry entry) {
        details.setText(entry == null ? Messages.detailsHint : PaletteDetails.describe(entry));
    }

    private void addSelected() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        if (selection.getFirstElement() instanceof PaletteGroup group) {
            viewer.setExpandedState(group, !viewer.getExpandedState(group));
            return;
        }
        PaletteEntry entry = selectedEntry();
        if (entry == null) {
            return;
        }
        AddToActiveEditor.Outcome outcome = AddToActiveEditor.add(getSite().getPage(), entry);
        IStatusLineManager status = getViewSite().getActionBars().getStatusLineManager();
        status.setErrorMessage(outcome.ok() ? null : outcome.message());
        status.setMessage(outcome.ok() ? outcome.message() : null);
    }

    @Override
    public void setFocus() {
        if (MechanismRegistry.getDefault().problems().size() != problemsSeen) {
            reload();
        }
        filterField.setFocus();
    }

    @Override
    public void dispose() {
        if (images != null) {
            images.dispose();
        }
        super.dispose();
    }

    /** Input: the list of groups; groups hold entries. */
    private static final class GroupsContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof List<?> l ? l.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof PaletteGroup g ? g.entries().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof PaletteGroup g && !g.entries().isEmpty();
        }
    }

    private final class EntryLabels extends LabelProvider {
        @Override
        public String getText(Object element) {
            if (element instanceof PaletteGroup g) {
                return g.name();
            }
            PaletteEntry e = (PaletteEntry) element;
            if (e.isFailed() && e.spec() != null) {
                return org.eclipse.osgi.util.NLS.bind(Messages.entryFailed, e.name());
            }
            return e.name();
        }

        @Override
        public Image getImage(Object element) {
            if (element instanceof PaletteGroup) {
                return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
            }
            PaletteEntry e = (PaletteEntry) element;
            return e.isFailed() ? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK)
                    : images.mechanism();
        }
    }

    private final class TextFilter extends ViewerFilter {
        @Override
        public boolean select(Viewer v, Object parent, Object element) {
            if (element instanceof PaletteGroup g) {
                return filter.matchesAny(g);
            }
            return filter.matches((PaletteEntry) element);
        }
    }
}
