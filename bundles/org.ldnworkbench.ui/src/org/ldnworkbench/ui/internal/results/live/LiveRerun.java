package org.ldnworkbench.ui.internal.results.live;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.pipeline.ParameterLayer;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.internal.runs.RunData;
import org.ldnworkbench.ui.internal.runs.ShownRuns;

/**
 * Re-simulates the pipeline of the followed editor after each change of it (a parameter, a preset, a scenario, a
 * wire) and shows the new run in place of the old, which is drawn faded while the new one is computed (when that
 * takes long enough to be seen). One
 * {@link LiveJob} at a time: a change cancels the job of the change before it (a stale run is cancelled, never
 * queued, and never shown), so a burst of changes (a slider dragged) always ends with the run of the newest. A
 * pipeline that does not compile is not run: the last good run stays shown, unfaded.
 * <p>
 * The {@link SweepBar} moves one parameter through a temporary {@link ParameterLayer} ({@link #sweep}) that every run
 * applies on top of the pipeline's scenarios until it is applied or reset; the document is untouched meanwhile.
 * <p>
 * Confined to the UI thread, like {@link ShownRuns}; only the job runs elsewhere.
 */
public final class LiveRerun {
    /** The label of live runs in legends and lists. */
    public static final String LABEL = "live";
    /** The family of the live jobs ({@link org.eclipse.core.runtime.jobs.Job#belongsTo}). */
    public static final Object JOB_FAMILY = LiveRerun.class;
    /** How long a live run may take before the run it replaces is shown faded: about three frames. */
    static final int FADE_DELAY_MS = 50;

    private final ShownRuns shown;
    private final Display display;
    private final MechanismCatalog catalog = MechanismRegistry.getDefault();
    private final PipelineCompiler compiler = new PipelineCompiler(catalog);
    /** Live jobs run one after another: the next waits until the cancelled one has stopped. */
    private final ISchedulingRule oneAtATime = new OneAtATime();
    private final PipelineDocument.Listener documentListener = d -> documentChanged();
    private final List<Runnable> followListeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger staleRuns = new AtomicInteger();
    private PipelineDocument document;
    private String source = "";
    private boolean enabled = true;
    private boolean disposed;
    private ParameterLayer sweep;
    private LiveJob current;
    /** The newest live run shown, the one to fade when the next is computed. */
    private RunData lastLive;
    /** The run this class faded and has not replaced yet (unfaded again when the change does not compile). */
    private RunData fadedByUs;

    /**
     * @param shown where the live runs are shown
     */
    public LiveRerun(ShownRuns shown) {
        this.shown = Objects.requireNonNull(shown);
        this.display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("LiveRerun is made on the UI thread");
        }
    }

    /**
     * Follows the pipeline of an editor: its changes are re-simulated from now on. Following another editor (or none)
     * stops following the previous one and cancels its live run; the temporary sweep value is dropped.
     *
     * @param editorOrNull a {@link PipelineEditor}; any other part, or null, follows nothing
     */
    public void follow(IEditorPart editorOrNull) {
        PipelineDocument next = editorOrNull instanceof PipelineEditor editor
                ? editor.getAdapter(PipelineDocument.class)
                : null;
        if (next == document) {
            return;
        }
        if (document != null) {
            document.removeListener(documentListener);
        }
        cancel();
        sweep = null;
        document = next;
        source = editorOrNull == null ? "" : editorOrNull.getTitle();
        if (document != null) {
            document.addListener(documentListener);
        }
        tellFollowers();
    }

    /**
     * @param on whether changes are re-simulated; off cancels the running live job
     */
    public void setEnabled(boolean on) {
        if (enabled != on) {
            enabled = on;
            if (!on) {
                cancel();
            }
            tellFollowers();
        }
    }

    /** @return whether changes are re-simulated */
    public boolean isEnabled() {
        return enabled;
    }

    /** Stops following, cancels the live job. */
    public void dispose() {
        follow(null);
        disposed = true;
        followListeners.clear();
    }

    /** @return the followed document, or null */
    public PipelineDocument document() {
        return document;
    }

    /** @return the installed mechanisms the runs are compiled against */
    MechanismCatalog catalog() {
        return catalog;
    }

    /**
     * Re-simulates with a temporary layer on top of the pipeline (the sweep bar's value), or without one.
     *
     * @param layer the sweep's values, or null for the pipeline's own
     */
    void sweep(ParameterLayer layer) {
        sweep = layer;
        rerun();
    }

    /** Forgets the sweep's layer without re-simulating (the value is about to be written into the pipeline). */
    void dropSweep() {
        sweep = null;
    }

    /** @return the sweep's layer, or null */
    ParameterLayer sweep() {
        return sweep;
    }

    /**
     * @param l told when the followed document changes (another editor, or an edit of its pipeline) and when live
     *        re-runs are switched on or off
     */
    public void addFollowListener(Runnable l) {
        followListeners.add(l);
    }

    /** @param l no longer told */
    public void removeFollowListener(Runnable l) {
        followListeners.remove(l);
    }

    /** @return how many live runs were cancelled or dropped because a newer change came (since this was made) */
    public int staleRuns() {
        return staleRuns.get();
    }

    private void documentChanged() {
        tellFollowers();
        rerun();
    }

    /** Cancels the live job of an older change and schedules one for the pipeline as it is now. */
    private void rerun() {
        if (!enabled || disposed || document == null) {
            return;
        }
        cancel();
        LiveJob job = new LiveJob(this, compiler, document.pipeline().copy(), source,
                sweep == null ? List.of() : List.of(sweep));
        job.setRule(oneAtATime);
        current = job;
        job.schedule();
    }

    private void cancel() {
        if (current != null) {
            if (current.cancel()) {
                stale(current); // it had not started (it never will), or had finished and will not be shown
            }
            current = null;
        }
    }

    private void tellFollowers() {
        followListeners.forEach(Runnable::run);
    }

    // ---- what the job reports, from its thread

    /**
     * The job compiled its pipeline and simulates it now: the shown run is stale, and is faded if the new one takes
     * longer than {@link #FADE_DELAY_MS} (a run that arrives sooner replaces it without a redraw of the faded run in
     * between, which would only delay the new one).
     */
    void simulating(LiveJob job) {
        onUiThread(() -> display.timerExec(FADE_DELAY_MS, () -> {
            if (!disposed && job == current && shown.faded() == null) {
                RunData previous = shownPrevious();
                if (previous != null) {
                    fadedByUs = previous;
                    shown.fade(previous);
                }
            }
        }));
    }

    /** The job's pipeline does not compile: the last good run stays, not faded. */
    void invalid(LiveJob job) {
        onUiThread(() -> {
            if (job == current) {
                current = null;
                if (fadedByUs != null && shown.faded() == fadedByUs) {
                    shown.fade(null);
                }
                fadedByUs = null;
            }
        });
    }

    /** The job was cancelled by a newer change. */
    void cancelled(LiveJob job) {
        stale(job);
    }

    /** The job's run, shown unless a newer change came meanwhile. */
    void finished(LiveJob job, RunData run) {
        onUiThread(() -> {
            if (job != current) {
                stale(job);
                return;
            }
            current = null;
            lastLive = run;
            fadedByUs = null;
            shown.showLive(run, null);
        });
    }

    /** Counts a stale job once, whichever of cancelling, its run and its result noticed it first. */
    private void stale(LiveJob job) {
        if (job.markStale()) {
            staleRuns.incrementAndGet();
        }
    }

    /** @return the run to fade: the newest live run when it is still shown, else the first shown run */
    private RunData shownPrevious() {
        List<RunData> runs = shown.runs();
        if (lastLive != null && runs.contains(lastLive)) {
            return lastLive;
        }
        return runs.isEmpty() ? null : runs.get(0);
    }

    private void onUiThread(Runnable r) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!disposed) {
                    r.run();
                }
            });
        }
    }

    /** A scheduling rule that conflicts only with itself. */
    private static final class OneAtATime implements ISchedulingRule {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    }
}
