package org.ldnworkbench.ui.internal.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The runs the Results view shows, shared between whoever produces runs (the Run command, reopening a results
 * folder, comparing runs) and the view, which may not exist yet when a run finishes: producers call {@link #show} or
 * {@link #add} and open the view; the view draws {@link #runs()} when it is created and redraws on each change.
 * Confined to the UI thread.
 */
public final class ShownRuns {
    /** Told after every change of the shown runs. */
    public interface Listener {
        void changed(List<RunData> runs);
    }

    private static final ShownRuns DEFAULT = new ShownRuns();

    private final List<RunData> runs = new ArrayList<>();
    private RunData faded;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** @return the workbench's shown runs */
    public static ShownRuns getDefault() {
        return DEFAULT;
    }

    /** Shows {@code run} alone (replacing what was shown). */
    public void show(RunData run) {
        faded = null;
        runs.clear();
        runs.add(run);
        fire();
    }

    /** Shows {@code run} overlaid on what is shown (a comparison); a run already shown is not added twice. */
    public void add(RunData run) {
        if (!runs.contains(run)) {
            runs.add(run);
            fire();
        }
    }

    /**
     * Shows a live re-run: {@code run} alone, with {@code previous} drawn faded behind it until the next one arrives
     * (null: nothing faded, e.g. while the first live run is computed the previous is the shown run).
     */
    public void showLive(RunData run, RunData previous) {
        runs.clear();
        runs.add(run);
        faded = previous;
        fire();
    }

    /** Shows {@code previous} faded while a new live run is computed, keeping the shown runs. */
    public void fade(RunData previous) {
        faded = previous;
        fire();
    }

    /** @return the run drawn faded behind the shown ones (the previous live run), or null */
    public RunData faded() {
        return faded;
    }

    /** Shows exactly {@code shown}, in that order. */
    public void showAll(List<RunData> shown) {
        faded = null;
        runs.clear();
        runs.addAll(shown);
        fire();
    }

    /** Stops showing {@code run}. */
    public void remove(RunData run) {
        if (runs.remove(run)) {
            fire();
        }
    }

    /** @return the shown runs, in the order they were added */
    public List<RunData> runs() {
        return List.copyOf(runs);
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void fire() {
        List<RunData> now = runs();
        for (Listener l : listeners) {
            l.changed(now);
        }
    }
}
