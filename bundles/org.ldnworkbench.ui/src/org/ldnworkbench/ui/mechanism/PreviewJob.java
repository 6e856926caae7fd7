package org.ldnworkbench.ui.mechanism;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Computes a mechanism editor's preview in a background job and shows it on the user-interface thread, newest
 * request first: a new request cancels the one still computing (its result is never shown), so a user dragging
 * through values sees the preview of the last value without a queue of stale ones behind it. A result arrives only
 * while the owning control lives.
 * <p>
 * Use on the user-interface thread: create one per editor, call {@link #schedule} after every change (or let
 * {@link #follow} call the editor's recomputation after every change of the node), and {@link #cancel} or
 * {@link #dispose} from {@link MechanismEditor#dispose}.
 *
 * @param <T> what a computation gives (immutable, or not touched after it is returned)
 * @since 0.1
 */
public final class PreviewJob<T> {
    /**
     * One preview computation, run in a background job. It reads only what it captured (copies) and checks the
     * monitor now and then: a cancelled computation may throw {@link OperationCanceledException} or return anything.
     *
     * @param <T> the result
     * @since 0.1
     */
    @FunctionalInterface
    public interface Computation<T> {
        /**
         * @param monitor cancelled when a newer request arrives
         * @return the preview's data
         * @throws Exception why the preview cannot be computed; its message is shown to the user
         * @since 0.1
         */
        T compute(IProgressMonitor monitor) throws Exception;
    }

    private final String name;
    private final Control owner;
    private final Display display;
    private final Consumer<T> show;
    private final Consumer<String> failed;
    private final AtomicLong generation = new AtomicLong();
    private Job running;
    private volatile double lastMillis = Double.NaN;
    private MechanismEditorContext followed;
    private MechanismEditorContext.Listener follower;

    /**
     * @param name the jobs' name (shown in the Progress view if a preview takes long)
     * @param owner the control whose disposal ends the previews
     * @param show told, on the user-interface thread, the result of the newest request
     * @param failed told, on the user-interface thread, why the newest request failed (a message for the user)
     * @since 0.1
     */
    public PreviewJob(String name, Control owner, Consumer<T> show, Consumer<String> failed) {
        this.name = Objects.requireNonNull(name);
        this.owner = Objects.requireNonNull(owner);
        this.display = owner.getDisplay();
        this.show = Objects.requireNonNull(show);
        this.failed = Objects.requireNonNull(failed);
    }

    /**
     * Starts a computation, cancelling the previous one if it is still running.
     *
     * @param computation what to compute
     * @since 0.1
     */
    public void schedule(Computation<T> computation) {
        long mine = generation.incrementAndGet();
        long requested = System.nanoTime();
        if (running != null) {
            running.cancel();
        }
        Job job = Job.create(name, monitor -> {
            T result;
            try {
                result = computation.compute(monitor);
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (Exception | LinkageError e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                deliver(mine, () -> failed.accept(message));
                return Status.OK_STATUS;
            }
            if (monitor.isCanceled() || mine != generation.get()) {
                return Status.CANCEL_STATUS;
            }
            deliver(mine, () -> {
                lastMillis = (System.nanoTime() - requested) / 1e6;
                show.accept(result);
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.INTERACTIVE);
        running = job;
        job.schedule();
    }

    /**
     * Cancels the computation in progress; its result will not be shown.
     *
     * @since 0.1
     */
    public void cancel() {
        generation.incrementAndGet();
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    /**
     * Runs {@code recompute} after every change of the node, until {@link #dispose}: the editor's recomputation
     * then typically ends in {@link #schedule}. Following another context stops following the previous one.
     *
     * @param context the node the previews show
     * @param recompute what to do after each change (on the user-interface thread)
     * @since 0.1
     */
    public void follow(MechanismEditorContext context, Runnable recompute) {
        Objects.requireNonNull(recompute);
        unfollow();
        follower = c -> recompute.run();
        followed = Objects.requireNonNull(context);
        followed.addListener(follower);
    }

    /**
     * Ends the previews for good: cancels the computation in progress and stops following the context given to
     * {@link #follow}, if any.
     *
     * @since 0.1
     */
    public void dispose() {
        cancel();
        unfollow();
    }

    private void unfollow() {
        if (followed != null) {
            followed.removeListener(follower);
            followed = null;
            follower = null;
        }
    }

    /**
     * @return milliseconds from the newest shown preview's request to the arrival of its result on the
     *         user-interface thread (set just before {@code show} is told, so that it can state it), NaN before the
     *         first
     * @since 0.1
     */
    public double lastMillis() {
        return lastMillis;
    }

    /** Runs {@code r} on the owner's display if the request is still the newest and the owner lives. */
    private void deliver(long request, Runnable r) {
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (!owner.isDisposed() && request == generation.get()) {
                r.run();
            }
        });
    }

    @Override
    public String toString() {
        return name;
    }
}
