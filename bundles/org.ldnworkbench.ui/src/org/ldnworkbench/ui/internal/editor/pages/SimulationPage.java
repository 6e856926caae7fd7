package org.ldnworkbench.ui.internal.editor.pages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.pipeline.Integrator;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.SimulationSettings;
import org.ldnworkbench.ui.internal.editor.PageContext;
import org.ldnworkbench.ui.internal.editor.PageRefresh;
import org.ldnworkbench.ui.internal.editor.PipelineEditorPage;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.internal.editor.pages.SimulationInput.Field;

/**
 * The Simulation page: the pipeline's name and description, and its run settings (start, end, output step in hours;
 * integrator; RK4's fixed step; tolerances). The settings are checked as a whole by the engine's rules while the
 * user types ({@link SimulationInput}); every field the engine would refuse is marked with its reason (shown on
 * hovering its mark), the message line names the first and how many more, and nothing changes until the form is
 * valid again. A valid form is applied when a field is left or Enter is pressed, as one undoable edit. The line
 * under the time fields says how many points and values a run records.
 */
public final class SimulationPage implements PipelineEditorPage {
    private static final String[] NO_INTEGRATORS = new String[0];
    private static final int LABEL_WIDTH = 150;

    private PageContext context;
    private Text name;
    private Text description;
    private final Map<Field, Text> fields = new EnumMap<>(Field.class);
    private final Map<Field, ControlDecoration> decorations = new EnumMap<>(Field.class);
    private Combo integrator;
    private Label runSize;
    private MessageLine message;
    private boolean updating;
    private final PipelineDocument.Listener documentListener = d -> this.showWhenShown.request();
    private PageRefresh showWhenShown;

    @Override
    public String title() {
        return Messages.SimulationPage_title;
    }

    @Override
    public Control createControl(Composite parent, PageContext pageContext) {
        this.context = pageContext;
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite page = new Composite(scroll, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        createPipelineGroup(page);
        createTimeGroup(page);
        createIntegrationGroup(page);
        message = new MessageLine(page, context.site());
        scroll.setContent(page);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(page.computeSize(720, SWT.DEFAULT));
        showWhenShown = new PageRefresh(scroll, this::show);
        context.document().addListener(documentListener);
        show();
        return scroll;
    }

    private void createPipelineGroup(Composite page) {
        Group g = group(page, Messages.SimulationPage_pipelineGroup);
        label(g, Messages.SimulationPage_name);
        name = new Text(g, SWT.BORDER | SWT.SINGLE);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        name.addListener(SWT.DefaultSelection, e -> commitName());
        name.addListener(SWT.FocusOut, e -> commitName());
        Label d = label(g, Messages.SimulationPage_description);
        ((GridData) d.getLayoutData()).verticalAlignment = SWT.TOP;
        description = new Text(g, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData dd = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        dd.heightHint = 5 * description.getLineHeight();
        dd.widthHint = 500;
        description.setLayoutData(dd);
        description.addListener(SWT.FocusOut, e -> commitDescription());
    }

    private void createTimeGroup(Composite page) {
        Group g = group(page, Messages.SimulationPage_timeGroup);
        field(g, Field.START, Messages.SimulationPage_startHint);
        field(g, Field.END, NLS.bind(Messages.SimulationPage_endHint,
                SimulationInput.count(PipelineCompiler.MAX_SPAN_HOURS)));
        field(g, Field.STEP, NLS.bind(Messages.SimulationPage_stepHint,
                SimulationInput.count(PipelineCompiler.MAX_GRID_POINTS)));
        runSize = new Label(g, SWT.WRAP);
        runSize.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
    }

    private void createIntegrationGroup(Composite page) {
        Group g = group(page, Messages.SimulationPage_integrationGroup);
        label(g, Messages.SimulationPage_integrator);
        integrator = new Combo(g, SWT.READ_ONLY | SWT.DROP_DOWN);
        List<String> items = new ArrayList<>();
        for (Integrator i : Integrator.values()) {
            items.add(integratorLabel(i));
        }
        integrator.setItems(items.toArray(NO_INTEGRATORS));
        integrator.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        integrator.addListener(SWT.Selection, e -> {
            updateFixedStep();
            check();
            commitSettings();
        });
        field(g, Field.FIXED_STEP, NLS.bind(Messages.SimulationPage_fixedStepHint,
                SimulationInput.count(PipelineCompiler.MAX_FIXED_STEPS)));
        field(g, Field.RTOL, NumberText.range(PipelineCompiler.MIN_RTOL, PipelineCompiler.MAX_RTOL));
        field(g, Field.ATOL, NLS.bind(Messages.SimulationPage_atolHint,
                NumberText.range(PipelineCompiler.MIN_ATOL, PipelineCompiler.MAX_ATOL)));
    }

    private static String integratorLabel(Integrator i) {
        return switch (i) {
        case DORMAND_PRINCE_853 -> NLS.bind(Messages.SimulationPage_dp853, i.word());
        case DORMAND_PRINCE_54 -> NLS.bind(Messages.SimulationPage_dp54, i.word());
        case RK4 -> NLS.bind(Messages.SimulationPage_rk4, i.word());
        };
    }

    private static Group group(Composite page, String title) {
        Group g = new Group(page, SWT.NONE);
        g.setText(title);
        g.setLayout(new GridLayout(3, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return g;
    }

    /** Labels of all groups share one width, so that the fields of the groups line up. */
    private static Label label(Composite parent, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        GridData gd = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        gd.widthHint = LABEL_WIDTH;
        l.setLayoutData(gd);
        return l;
    }

    private void field(Composite g, Field f, String hint) {
        label(g, SimulationInput.label(f) + ":");
        Text t = new Text(g, SWT.BORDER | SWT.SINGLE);
        GridData gd = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        gd.widthHint = 140;
        gd.horizontalIndent = 8;
        t.setLayoutData(gd);
        t.setData(PagesIds.WIDGET_KEY, "simulation." + f.name().toLowerCase(java.util.Locale.ROOT));
        decorations.put(f, ErrorMark.on(t));
        Label h = new Label(g, SWT.WRAP);
        h.setText(hint);
        h.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        t.addListener(SWT.Modify, e -> {
            if (!updating) {
                check();
            }
        });
        t.addListener(SWT.DefaultSelection, e -> commitSettings());
        t.addListener(SWT.FocusOut, e -> commitSettings());
        fields.put(f, t);
    }

    private Pipeline pipeline() {
        return context.document().pipeline();
    }

    private SimulationInput input() {
        return new SimulationInput(fields.get(Field.START).getText(), fields.get(Field.END).getText(),
                fields.get(Field.STEP).getText(), fields.get(Field.RTOL).getText(), fields.get(Field.ATOL).getText(),
                Integrator.values()[Math.max(0, integrator.getSelectionIndex())],
                fields.get(Field.FIXED_STEP).getText());
    }

    /** Checks the form as typed: marks the field the engine would refuse and says why, or shows the run's size. */
    private SimulationInput.Checked check() {
        SimulationInput.Checked c = input().check(pipeline(), context.catalog());
        decorations.values().forEach(ControlDecoration::hide);
        SimulationSettings shown = c.ok() ? c.settings() : pipeline().simulation();
        runSize.setText(SimulationInput.runSize(pipeline(), shown, context.catalog()));
        if (c.ok()) {
            message.clear();
        } else {
            c.problems().forEach((field, problem) -> {
                ControlDecoration d = decorations.get(field);
                if (d != null) {
                    d.setDescriptionText(problem);
                    d.show();
                }
            });
            int more = c.problems().size() - 1;
            message.error(more == 0 ? NLS.bind(Messages.SimulationPage_refused, c.problem())
                    : NLS.bind(Messages.SimulationPage_refusedMore, c.problem(), more));
        }
        runSize.getParent().layout();
        return c;
    }

    private void commitSettings() {
        if (updating) {
            return;
        }
        SimulationInput.Checked c = check();
        if (!c.ok()) {
            return; // the message stays; the document keeps its settings
        }
        SimulationSettings now = pipeline().simulation();
        List<String> changed = changes(now, c.settings());
        if (changed.isEmpty()) {
            return;
        }
        SimulationSettings next = c.settings();
        String label = NLS.bind(Messages.SimulationPage_settingsLabel, String.join(", ", changed));
        report(context.document().edit(label, p -> p.simulation(next.copy())), label);
    }

    /** @return the changed settings, e.g. {@code end = 672 h}, for the edit's label */
    private static List<String> changes(SimulationSettings a, SimulationSettings b) {
        List<String> c = new ArrayList<>();
        diff(c, "start", a.start(), b.start(), " h");
        diff(c, "end", a.end(), b.end(), " h");
        diff(c, "step", a.step(), b.step(), " h");
        diff(c, "rtol", a.rtol(), b.rtol(), "");
        diff(c, "atol", a.atol(), b.atol(), "");
        if (a.integrator() != b.integrator()) {
            c.add("integrator = " + b.integrator().word());
        }
        diff(c, "fixedStep", a.fixedStep(), b.fixedStep(), " h");
        return c;
    }

    private static void diff(List<String> c, String what, double a, double b, String unit) {
        if (Double.compare(a, b) != 0) {
            c.add(what + " = " + NumberText.show(b) + unit);
        }
    }

    private void commitName() {
        String text = name.getText().strip();
        if (updating || text.equals(pipeline().name())) {
            return;
        }
        String problem = Names.nameProblem(text);
        if (problem != null) {
            message.error(NLS.bind(Messages.SimulationPage_refused,
                    NLS.bind(Messages.SimulationPage_nameProblem, problem)));
            return;
        }
        String label = NLS.bind(Messages.SimulationPage_nameLabel, text);
        report(context.document().edit(label, p -> p.name(text)), label);
    }

    private void commitDescription() {
        String text = description.getText().replace("\r\n", "\n");
        if (updating || text.equals(pipeline().description())) {
            return;
        }
        String problem = Names.descriptionProblem(text);
        if (problem != null) {
            message.error(NLS.bind(Messages.SimulationPage_refused,
                    NLS.bind(Messages.SimulationPage_descriptionProblem, problem)));
            return;
        }
        String label = Messages.SimulationPage_descriptionLabel;
        report(context.document().edit(label, p -> p.description(text)), label);
    }

    private void report(IStatus status, String label) {
        if (status.isOK()) {
            message.info(label);
        } else {
            message.error(status.getMessage());
        }
    }

    /** Shows the document's values (after any edit, undo or redo), discarding what was typed and not applied. */
    private void show() {
        if (name == null || name.isDisposed()) {
            return;
        }
        updating = true;
        try {
            Pipeline p = pipeline();
            setText(name, p.name());
            setText(description, p.description());
            SimulationInput in = SimulationInput.of(p.simulation());
            setText(fields.get(Field.START), in.start());
            setText(fields.get(Field.END), in.end());
            setText(fields.get(Field.STEP), in.step());
            setText(fields.get(Field.RTOL), in.rtol());
            setText(fields.get(Field.ATOL), in.atol());
            setText(fields.get(Field.FIXED_STEP), in.fixedStep());
            integrator.select(p.simulation().integrator().ordinal());
            updateFixedStep();
        } finally {
            updating = false;
        }
        check();
    }

    private static void setText(Text t, String s) {
        if (!t.getText().equals(s)) {
            t.setText(s);
        }
    }

    private void updateFixedStep() {
        fields.get(Field.FIXED_STEP).setEnabled(integrator.getSelectionIndex() == Integrator.RK4.ordinal());
    }

    @Override
    public void setFocus() {
        if (name != null && !name.isDisposed()) {
            fields.get(Field.END).setFocus();
        }
    }

    @Override
    public void dispose() {
        if (context != null) {
            context.document().removeListener(documentListener);
        }
    }
}
