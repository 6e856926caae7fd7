package org.ldnworkbench.ui.internal.editor.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.ui.internal.editor.PageContext;
import org.ldnworkbench.ui.internal.editor.PageRefresh;
import org.ldnworkbench.ui.internal.editor.PipelineEditorPage;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.internal.editor.pages.ScenarioOverrides.Column;
import org.ldnworkbench.ui.internal.editor.pages.ScenarioOverrides.Row;

/**
 * The Scenarios page: the pipeline's scenarios as a table (id and name edited in place; add with Insert, duplicate
 * with Ctrl+D, remove with Delete, or the buttons), and under it what the selected scenario sets: its preset per node
 * and its parameter values, edited in place with the Parameters page's range checks (blank clears). Every change is
 * one undoable edit; the tables follow the document.
 */
public final class ScenariosPage implements PipelineEditorPage {
    private static final int[] SCENARIO_WIDTHS = {140, 220, 260, 400};
    private static final int[] OVERRIDE_WIDTHS = {110, 120, 130, 210, 80, 240, 230};

    private PageContext context;
    private TableViewer scenarios;
    private TableViewer overrides;
    private Label overridesTitle;
    private Button onlySet;
    private Button duplicate;
    private Button remove;
    private MessageLine message;
    private Font bold;
    private final PipelineDocument.Listener documentListener = d -> this.refreshWhenShown.request();
    private PageRefresh refreshWhenShown;

    /**
     * A row of the scenario table: the scenario's position, so that renaming its id keeps the row selected.
     *
     * @param index the position in the pipeline's scenarios
     */
    record ScenarioRow(int index) {
    }

    @Override
    public String title() {
        return Messages.ScenariosPage_title;
    }

    @Override
    public Control createControl(Composite parent, PageContext pageContext) {
        this.context = pageContext;
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        bold = JFaceResources.getFontDescriptor(JFaceResources.DEFAULT_FONT).withStyle(SWT.BOLD)
                .createFont(page.getDisplay());
        SashForm sash = new SashForm(page, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createScenarioPart(sash);
        createOverridePart(sash);
        sash.setWeights(1, 2);
        message = new MessageLine(page, context.site());
        refreshWhenShown = new PageRefresh(page, this::refresh);
        context.document().addListener(documentListener);
        refresh();
        if (!pipeline().scenarios().isEmpty()) {
            scenarios.setSelection(new StructuredSelection(new ScenarioRow(0)));
        }
        return page;
    }

    private void createScenarioPart(Composite sash) {
        Composite part = new Composite(sash, SWT.NONE);
        part.setLayout(new GridLayout(2, false));
        Label hint = new Label(part, SWT.WRAP);
        hint.setText(Messages.ScenariosPage_hint);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        scenarios = new TableViewer(part, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        scenarios.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scenarios.getTable().setHeaderVisible(true);
        scenarios.getTable().setLinesVisible(true);
        scenarios.getTable().setData(PagesIds.WIDGET_KEY, PagesIds.SCENARIOS_TABLE);
        scenarios.setContentProvider(ArrayContentProvider.getInstance());
        String[] headers = {Messages.ScenariosPage_colId, Messages.ScenariosPage_colName,
                Messages.ScenariosPage_colPresets, Messages.ScenariosPage_colValues};
        for (int i = 0; i < headers.length; i++) {
            TableViewerColumn col = new TableViewerColumn(scenarios, SWT.LEFT);
            col.getColumn().setText(headers[i]);
            col.getColumn().setWidth(SCENARIO_WIDTHS[i]);
            int column = i;
            col.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return scenarioText((ScenarioRow) element, column);
                }
            });
            if (i < 2) {
                col.setEditingSupport(new ScenarioTextEditing(i == 0));
            }
        }
        activateEditorsOnDoubleClickAndF2(scenarios);
        ColumnViewerToolTipSupport.enableFor(scenarios);
        scenarios.addSelectionChangedListener(e -> selectionChanged());
        createButtons(part);
        menu(scenarios, PagesIds.SCENARIOS_MENU);
        FocusActivation.attach(scenarios.getTable(), context.site(), PagesIds.SCENARIOS_CONTEXT, Map.of(
                PagesIds.ADD_SCENARIO, new PageHandler(this::addScenario, () -> true),
                PagesIds.DUPLICATE_SCENARIO, new PageHandler(this::duplicateScenario, () -> selected() != null),
                PagesIds.DELETE, new PageHandler(this::removeScenario, () -> selected() != null)));
    }

    private void createButtons(Composite part) {
        Composite buttons = new Composite(part, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        GridLayout layout = new GridLayout(1, true);
        layout.marginHeight = 0;
        buttons.setLayout(layout);
        button(buttons, Messages.ScenariosPage_add, this::addScenario);
        duplicate = button(buttons, Messages.ScenariosPage_duplicate, this::duplicateScenario);
        remove = button(buttons, Messages.ScenariosPage_remove, this::removeScenario);
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private void createOverridePart(Composite sash) {
        Composite part = new Composite(sash, SWT.NONE);
        part.setLayout(new GridLayout(2, false));
        overridesTitle = new Label(part, SWT.WRAP);
        overridesTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        onlySet = new Button(part, SWT.CHECK);
        onlySet.setText(Messages.ScenariosPage_onlySet);
        onlySet.addListener(SWT.Selection, e -> refreshOverrides());
        overrides = new TableViewer(part, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        overrides.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        overrides.getTable().setHeaderVisible(true);
        overrides.getTable().setLinesVisible(true);
        overrides.getTable().setData(PagesIds.WIDGET_KEY, PagesIds.OVERRIDES_TABLE);
        overrides.setContentProvider(ArrayContentProvider.getInstance());
        String[] headers = {Messages.ScenariosPage_colNode, Messages.ScenariosPage_colSetting,
                Messages.ScenariosPage_colScenario, Messages.ScenariosPage_colRun, Messages.ParametersPage_colUnit,
                Messages.ScenariosPage_colRange, Messages.ScenariosPage_colNodeValue};
        for (Column c : Column.values()) {
            TableViewerColumn col = new TableViewerColumn(overrides, SWT.LEFT);
            col.getColumn().setText(headers[c.ordinal()]);
            col.getColumn().setWidth(OVERRIDE_WIDTHS[c.ordinal()]);
            col.setLabelProvider(new OverrideCells(c));
            if (c == Column.SCENARIO) {
                col.setEditingSupport(new ScenarioOverrideEditing(overrides, this));
            }
        }
        activateEditorsOnDoubleClickAndF2(overrides);
        ColumnViewerToolTipSupport.enableFor(overrides);
        menu(overrides, PagesIds.OVERRIDES_MENU);
        FocusActivation.attach(overrides.getTable(), context.site(), null, Map.of(PagesIds.DELETE,
                new PageHandler(this::clearSelectedOverrides, this::canClearOverrides)));
    }

    private void menu(TableViewer viewer, String id) {
        MenuManager menu = new MenuManager("#PopupMenu", id);
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        // the editor input's own contributions (Team, Compare With) are about the file, not these rows
        context.site().registerContextMenu(id, menu, viewer, false);
    }

    /** Editing starts on double-click, F2, Enter or Tab; F2 and Enter edit the row's first editable cell. */
    private static void activateEditorsOnDoubleClickAndF2(TableViewer viewer) {
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL;
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
                | ColumnViewerEditor.KEEP_EDITOR_ON_DOUBLE_CLICK);
        int firstEditable = viewer.getTable().getData(PagesIds.WIDGET_KEY) == PagesIds.SCENARIOS_TABLE ? 0
                : Column.SCENARIO.ordinal();
        viewer.getTable().addListener(SWT.KeyDown, e -> {
            Object first = viewer.getStructuredSelection().getFirstElement();
            if (first != null && (e.keyCode == SWT.F2 || e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR)) {
                viewer.editElement(first, firstEditable);
                e.doit = false;
            }
        });
    }

    Pipeline pipeline() {
        return context.document().pipeline();
    }

    PipelineDocument document() {
        return context.document();
    }

    PageContext context() {
        return context;
    }

    MessageLine message() {
        return message;
    }

    /** @return the selected scenario, or null */
    Scenario selected() {
        Object first = scenarios.getStructuredSelection().getFirstElement();
        int i = first instanceof ScenarioRow r ? r.index() : -1;
        return i >= 0 && i < pipeline().scenarios().size() ? pipeline().scenarios().get(i) : null;
    }

    private int selectedIndex() {
        Object first = scenarios.getStructuredSelection().getFirstElement();
        return first instanceof ScenarioRow r && r.index() < pipeline().scenarios().size() ? r.index() : -1;
    }

    /** The overrides of the selected scenario as they are now, or null when none is selected. */
    ScenarioOverrides overridesModel() {
        Scenario s = selected();
        return s == null ? null : new ScenarioOverrides(pipeline(), context.catalog(), s);
    }

    private String scenarioText(ScenarioRow row, int column) {
        if (row.index() >= pipeline().scenarios().size()) {
            return "";
        }
        Scenario s = pipeline().scenarios().get(row.index());
        return switch (column) {
        case 0 -> s.id();
        case 1 -> s.name();
        case 2 -> ScenarioOverrides.presetsSummary(s);
        default -> ScenarioOverrides.valuesSummary(s);
        };
    }

    void addScenario() {
        String id = ScenarioIds.forNew(pipeline());
        int index = pipeline().scenarios().size();
        if (apply(NLS.bind(Messages.ScenariosPage_addLabel, id), p -> p.scenarios().add(new Scenario(id, id)))) {
            select(index);
            scenarios.editElement(new ScenarioRow(index), 0);
        }
    }

    void duplicateScenario() {
        int index = selectedIndex();
        if (index < 0) {
            return;
        }
        Scenario original = pipeline().scenarios().get(index);
        String id = ScenarioIds.forCopy(pipeline(), original);
        String label = NLS.bind(Messages.ScenariosPage_duplicateLabel, original.id(), id);
        if (apply(label, p -> {
            Scenario copy = p.scenarios().get(index).copy().id(id);
            copy.name(NLS.bind(Messages.ScenariosPage_copyName, original.name()));
            p.scenarios().add(index + 1, copy);
        })) {
            select(index + 1);
        }
    }

    void removeScenario() {
        int index = selectedIndex();
        if (index < 0) {
            return;
        }
        String id = pipeline().scenarios().get(index).id();
        if (apply(NLS.bind(Messages.ScenariosPage_removeLabel, id), p -> p.scenarios().remove(index))) {
            int left = pipeline().scenarios().size();
            if (left > 0) {
                select(Math.min(index, left - 1));
            }
        }
    }

    private boolean canClearOverrides() {
        ScenarioOverrides model = overridesModel();
        return model != null && overrides.getStructuredSelection().stream().anyMatch(o -> model.isSet((Row) o));
    }

    /** Removes what the scenario sets for the selected rows, one edit. */
    void clearSelectedOverrides() {
        ScenarioOverrides model = overridesModel();
        int index = selectedIndex();
        if (model == null) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        overrides.getStructuredSelection().forEach(o -> {
            if (model.isSet((Row) o)) {
                rows.add((Row) o);
            }
        });
        if (rows.isEmpty()) {
            return;
        }
        String keys = String.join(", ", rows.stream().map(Row::key).toList());
        apply(NLS.bind(Messages.ScenariosPage_clearLabel, selected().id(), keys), p -> rows.forEach(r -> {
            Scenario s = p.scenarios().get(index);
            if (r.parameter() == null) {
                s.presets().remove(r.key());
            } else {
                s.parameters().remove(r.key());
            }
        }));
    }

    /** Runs one edit of the selected scenario (by position, as the copy the edit works on has other objects). */
    boolean editSelected(String label, java.util.function.Consumer<Scenario> change) {
        int index = selectedIndex();
        return index >= 0 && apply(label, p -> change.accept(p.scenarios().get(index)));
    }

    private boolean apply(String label, java.util.function.Consumer<Pipeline> change) {
        IStatus s = context.document().edit(label, change);
        if (s.isOK()) {
            message.info(label);
            return true;
        }
        message.error(s.getMessage());
        return false;
    }

    private void select(int index) {
        scenarios.setSelection(new StructuredSelection(new ScenarioRow(index)), true);
    }

    private void selectionChanged() {
        boolean any = selected() != null;
        duplicate.setEnabled(any);
        remove.setEnabled(any);
        refreshOverrides();
    }

    private void refresh() {
        if (scenarios == null || scenarios.getControl().isDisposed()) {
            return;
        }
        List<ScenarioRow> rows = new ArrayList<>();
        for (int i = 0; i < pipeline().scenarios().size(); i++) {
            rows.add(new ScenarioRow(i));
        }
        scenarios.setInput(rows);
        selectionChanged();
    }

    private void refreshOverrides() {
        if (overrides == null || overrides.getControl().isDisposed()) {
            return;
        }
        ScenarioOverrides model = overridesModel();
        Scenario s = selected();
        overridesTitle.setText(s == null ? Messages.ScenariosPage_noneSelected
                : NLS.bind(Messages.ScenariosPage_overridesTitle, s.id(), s.name()));
        overridesTitle.getParent().layout();
        overrides.setInput(model == null ? List.of() : model.rows(onlySet.getSelection()));
    }

    @Override
    public void setFocus() {
        scenarios.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (context != null) {
            context.document().removeListener(documentListener);
        }
        if (bold != null) {
            bold.dispose();
        }
    }

    /** Id (checked for validity and uniqueness) and name (checked as the file format does) of a scenario. */
    private final class ScenarioTextEditing extends EditingSupport {
        private final boolean id;
        private final org.eclipse.jface.viewers.TextCellEditor editor;

        ScenarioTextEditing(boolean id) {
            super(scenarios);
            this.id = id;
            editor = new org.eclipse.jface.viewers.TextCellEditor(scenarios.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected org.eclipse.jface.viewers.CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected Object getValue(Object element) {
            return scenarioText((ScenarioRow) element, id ? 0 : 1);
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = ((ScenarioRow) element).index();
            if (index >= pipeline().scenarios().size()) {
                return;
            }
            Scenario s = pipeline().scenarios().get(index);
            String text = String.valueOf(value).strip();
            if (text.equals(id ? s.id() : s.name())) {
                return;
            }
            if (id) {
                String problem = ScenarioIds.problem(pipeline(), text, s);
                if (problem != null) {
                    message.error(NLS.bind(Messages.ScenariosPage_refused, problem));
                    return;
                }
                boolean namedByItsId = s.name().equals(s.id()); // a new scenario's name follows its id
                apply(NLS.bind(Messages.ScenariosPage_renameLabel, s.id(), text), p -> {
                    Scenario renamed = p.scenarios().get(index).id(text);
                    if (namedByItsId) {
                        renamed.name(text);
                    }
                });
            } else {
                String problem = Names.nameProblem(text);
                if (problem != null) {
                    message.error(NLS.bind(Messages.ScenariosPage_refused,
                            NLS.bind(Messages.ScenariosPage_nameProblem, s.id(), problem)));
                    return;
                }
                apply(NLS.bind(Messages.ScenariosPage_nameLabel, s.id(), text),
                        p -> p.scenarios().get(index).name(text));
            }
        }
    }

    /** Texts of the overrides table: bold where the scenario sets a value, an error icon where its key is wrong. */
    private final class OverrideCells extends ColumnLabelProvider {
        private final Column column;

        OverrideCells(Column column) {
            this.column = column;
        }

        @Override
        public String getText(Object element) {
            ScenarioOverrides model = overridesModel();
            return model == null ? "" : model.text((Row) element, column);
        }

        @Override
        public Font getFont(Object element) {
            ScenarioOverrides model = overridesModel();
            return model != null && model.isSet((Row) element) ? bold : null;
        }

        @Override
        public Image getImage(Object element) {
            ScenarioOverrides model = overridesModel();
            if (column == Column.NODE && model != null && model.problem((Row) element) != null) {
                return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
            }
            return null;
        }

        @Override
        public String getToolTipText(Object element) {
            ScenarioOverrides model = overridesModel();
            return model == null ? null : model.problem((Row) element);
        }
    }
}
