package org.ldnworkbench.ui.internal.editor.model;

import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SafeRunner;
import org.ldnworkbench.core.engine.Problem;

/**
 * What the engine's checks last said about an editor's pipeline: the problems of the newest check, in the
 * compiler's order. The editor re-checks after each change; the diagram marks nodes and wires from it, the Problems
 * view gets one marker per problem.
 * <p>
 * Threading: the UI thread only.
 */
public final class PipelineProblems {
    /** Told after every new check result. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param problems the newest result
         */
        void problemsChanged(PipelineProblems problems);
    }

    private final ListenerList<Listener> listeners = new ListenerList<>();
    private List<Problem> current = List.of();

    /** @return the problems of the newest check; empty when the pipeline is valid */
    public List<Problem> all() {
        return current;
    }

    /**
     * @param nodeId a node id
     * @return the problems naming that node
     */
    public List<Problem> ofNode(String nodeId) {
        return current.stream().filter(p -> nodeId.equals(p.node())).toList();
    }

    /**
     * @param problems the newest check's problems
     */
    public void update(List<Problem> problems) {
        current = List.copyOf(problems);
        listeners.forEach(l -> SafeRunner.run(() -> l.problemsChanged(this))); // one failing page does not stop the rest
    }

    /** @param l told after every new result */
    public void addListener(Listener l) {
        listeners.add(l);
    }

    /** @param l no longer told */
    public void removeListener(Listener l) {
        listeners.remove(l);
    }
}
