package org.ldnworkbench.ui.internal.results.live;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.ldnworkbench.core.pipeline.ParameterLayer;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.internal.editor.pages.NumberText;
import org.ldnworkbench.ui.internal.editor.pages.ParameterInput;

/**
 * Sweeps one parameter of the followed pipeline live (the Results view's top line says when the runs it shows are
 * another pipeline's, which a drag replaces by this one's): a chooser of {@code node.parameter}, a slider over the
 * parameter's declared range ({@link SweepScale}: logarithmic when it spans more than two decades), the value with
 * its unit, Apply and Reset. Dragging re-simulates with a temporary layer ({@link LiveRerun#sweep}) and leaves the
 * pipeline alone; Apply writes the value into the pipeline as one undoable edit, Reset returns to the pipeline's
 * value. The chooser offers the dose of the dosing node first.
 */
public final class SweepBar extends Composite {
    /** Sample of the widest value text the value label is sized for. */
    private static final String WIDEST_VALUE = "0.000e-00 nmol/L/h";

    private final LiveRerun live;
    /** Its tooltip names the followed pipeline (the Results view's top line says when its runs are another's). */
    private final Label title;
    private final Combo chooser;
    private final Scale slider;
    private final Label value;
    private final Button apply;
    private final Button reset;
    private final Runnable refresh = this::refresh;
    private List<SweepParameter> choices = List.of();
    private SweepParameter chosen;
    private SweepScale scale;
    /** The swept value, NaN while the runs use the pipeline's own. */
    private double swept = Double.NaN;

    /**
     * @param parent the Results view's area
     * @param live the live re-run the slider drives
     */
    public SweepBar(Composite parent, LiveRerun live) {
        super(parent, SWT.NONE);
        this.live = live;
        // two rows: the chooser, value and buttons above a slider as wide as the view, so that a drag has room (the
        // Results view beside an editor is narrow, and a short slider jumps in steps of many values)
        GridLayout layout = new GridLayout(5, false);
        layout.marginHeight = 2;
        layout.verticalSpacing = 0;
        setLayout(layout);
        title = new Label(this, SWT.NONE);
        title.setText(Messages.SweepBar_parameter);
        chooser = new Combo(this, SWT.READ_ONLY | SWT.DROP_DOWN);
        chooser.setToolTipText(Messages.SweepBar_parameterTip);
        chooser.setVisibleItemCount(20);
        value = new Label(this, SWT.NONE);
        GridData valueData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        valueData.minimumWidth = textWidth(WIDEST_VALUE);
        value.setLayoutData(valueData);
        apply = new Button(this, SWT.PUSH);
        apply.setText(Messages.SweepBar_apply);
        reset = new Button(this, SWT.PUSH);
        reset.setText(Messages.SweepBar_reset);
        slider = new Scale(this, SWT.HORIZONTAL);
        slider.setMinimum(0);
        slider.setMaximum(SweepScale.STEPS);
        slider.setIncrement(1);
        slider.setPageIncrement(SweepScale.STEPS / 20);
        slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
        chooser.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> choose(chooser.getSelectionIndex())));
        slider.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> slid()));
        apply.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> apply()));
        reset.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> reset()));
        live.addFollowListener(refresh);
        addDisposeListener(e -> live.removeFollowListener(refresh));
        refresh();
    }

    /** @return the live re-run the slider drives */
    public LiveRerun live() {
        return live;
    }

    /** @return the chosen parameter's {@code node.parameter}, or null */
    public String chosenKey() {
        return chosen == null ? null : chosen.key();
    }

    /**
     * Chooses the parameter to sweep (as the chooser does).
     *
     * @param key {@code node.parameter}
     * @return whether the pipeline has it
     */
    public boolean choose(String key) {
        int i = indexOf(key);
        if (i >= 0) {
            chooser.select(i);
            choose(i);
        }
        return i >= 0;
    }

    /**
     * Moves the slider to a position and sweeps to its value, as a drag does.
     *
     * @param position 0 to {@link SweepScale#STEPS}
     */
    public void slideTo(int position) {
        slider.setSelection(position);
        slid();
    }

    /** @return the value shown: the swept one, or the pipeline's */
    public double shownValue() {
        return Double.isNaN(swept) ? pipelineValue() : swept;
    }

    /** Writes the swept value into the pipeline as one undoable edit (the Apply button). */
    public void apply() {
        PipelineDocument document = live.document();
        if (document == null || chosen == null || Double.isNaN(swept)) {
            return;
        }
        SweepParameter parameter = chosen;
        double v = swept;
        swept = Double.NaN;
        live.dropSweep(); // the edit re-runs with the pipeline's values, which now hold it
        IStatus status = document.edit(NLS.bind(Messages.SweepBar_edit, parameter.key(), NumberText.show(v)),
                p -> parameter.write(p, v));
        if (!status.isOK()) {
            ILog.of(getClass()).log(status);
        }
        showValue();
    }

    /** Returns to the pipeline's value (the Reset button). */
    public void reset() {
        if (!Double.isNaN(swept)) {
            swept = Double.NaN;
            live.sweep(null);
        }
        showValue();
    }

    /** Follows the live re-run's document: the chooser's parameters, the pipeline's value. */
    private void refresh() {
        if (isDisposed()) {
            return;
        }
        PipelineDocument document = live.document();
        boolean usable = document != null && live.isEnabled();
        title.setToolTipText(document == null ? null
                : NLS.bind(Messages.SweepBar_parameterOfTip, document.pipeline().name()));
        List<SweepParameter> now = document == null ? List.of()
                : SweepParameter.of(document.pipeline(), live.catalog());
        if (!now.equals(choices)) {
            String before = chosenKey();
            choices = now;
            chooser.setItems(choices.stream().map(SweepBar::item).toArray(String[]::new));
            if (choices.isEmpty()) {
                chooser.setItems(Messages.SweepBar_nothing);
                chooser.select(0);
                chosen = null;
            } else {
                int kept = before == null ? -1 : indexOf(before); // an edit elsewhere keeps the sweep going
                int index = kept >= 0 ? kept : SweepParameter.preferred(choices, document.pipeline());
                chooser.select(index);
                chosen = choices.get(index);
                if (kept < 0 && live.sweep() != null) {
                    live.dropSweep(); // its parameter is gone: the re-run of this change goes without it
                }
            }
        }
        if (live.sweep() == null) {
            swept = Double.NaN; // a new editor followed, or Apply wrote it
        }
        chooser.setEnabled(usable && !choices.isEmpty());
        showValue();
        setEnabledAll(usable && chosen != null);
    }

    private int indexOf(String key) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private void choose(int index) {
        if (index < 0 || index >= choices.size()) {
            return;
        }
        chosen = choices.get(index);
        if (!Double.isNaN(swept)) {
            swept = Double.NaN;
            live.sweep(null); // the previous parameter's sweep ends
        }
        showValue();
    }

    private void slid() {
        if (chosen == null || scale == null) {
            return;
        }
        swept = scale.value(slider.getSelection());
        live.sweep(new ParameterLayer(NLS.bind(Messages.SweepBar_origin, chosen.key(), NumberText.show(swept)),
                Map.of(), Map.of(chosen.key(), swept)));
        showValue();
    }

    /** Shows the value in use, and places the slider at it unless the user moves it. */
    private void showValue() {
        if (chosen == null) {
            scale = null;
            value.setText("");
            return;
        }
        double v = shownValue();
        if (!Double.isNaN(v) && (scale == null || Double.isNaN(swept))) {
            scale = SweepScale.of(chosen.spec(), v);
        }
        String unit = ParameterInput.unit(chosen.spec());
        value.setText(Double.isNaN(v) ? "" : NumberText.show(v) + unit);
        PipelineDocument document = live.document();
        long setting = document == null ? 0 : chosen.scenariosSetting(document.pipeline());
        value.setToolTipText(setting == 0 ? null
                : NLS.bind(Messages.SweepBar_scenariosSet, setting, chosen.key()));
        if (scale != null) {
            if (Double.isNaN(swept)) {
                slider.setSelection(scale.position(v));
            }
            slider.setToolTipText(NLS.bind(Messages.SweepBar_sliderTip, new Object[] {chosen.key(),
                    NumberText.show(scale.min()), NumberText.show(scale.max()), unit,
                    scale.log() ? "log" : "linear"}));
        }
        boolean sweeping = !Double.isNaN(swept);
        apply.setEnabled(sweeping);
        reset.setEnabled(sweeping);
        apply.setToolTipText(NLS.bind(Messages.SweepBar_applyTip, chosen.key(), NumberText.show(v) + unit));
        reset.setToolTipText(NLS.bind(Messages.SweepBar_resetTip, chosen.key()));
    }

    private double pipelineValue() {
        PipelineDocument document = live.document();
        if (document == null || chosen == null) {
            return Double.NaN;
        }
        Pipeline p = document.pipeline();
        return chosen.pipelineValue(p, live.catalog());
    }

    private void setEnabledAll(boolean on) {
        slider.setEnabled(on && scale != null);
        boolean sweeping = on && !Double.isNaN(swept);
        apply.setEnabled(sweeping);
        reset.setEnabled(sweeping);
    }

    private static String item(SweepParameter p) {
        return p.key() + ParameterInput.unit(p.spec()).replaceFirst("^ (.+)$", " [$1]");
    }

    private int textWidth(String text) {
        GC gc = new GC(this);
        try {
            return gc.textExtent(text).x;
        } finally {
            gc.dispose();
        }
    }
}
