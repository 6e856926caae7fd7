package org.ldnworkbench.ui.internal.recovery;

import java.io.IOException;
import java.net.URI;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.ui.internal.editor.Messages;

/**
 * Keeps one editor's unsaved text in the {@link RecoveryStore} while it is dirty: the editor calls {@link #changed}
 * after each change with the text as it stands, and the newest text is written at most every {@value #PERIOD_MS} ms
 * (the first change waits that long, later ones join the pending write), in a job so that the disk never stalls
 * typing. {@link #discard} (save, revert, close without saving) deletes the snapshot; it and the writing job share a
 * lock, so a write that was pending can never bring a discarded snapshot back.
 * <p>
 * No SWT: the editor feeds it on the UI thread, the job writes.
 */
public final class SnapshotWriter {
    /** Longest time an unsaved change waits before it is on disk. */
    public static final long PERIOD_MS = 2_000;
    private final RecoveryStore store;
    private final Object lock = new Object();
    private final Job job;
    private URI pendingOrigin;
    private String pendingText;

    /**
     * @param store where snapshots go
     * @param name the editor's file, for the job's name
     */
    public SnapshotWriter(RecoveryStore store, String name) {
        this.store = store;
        this.job = Job.create(NLS.bind(Messages.Recovery_job, name), monitor -> {
            writePending();
            return Status.OK_STATUS;
        });
        job.setSystem(true);
    }

    /**
     * @param origin the editor's file
     * @param text the editor's unsaved text
     */
    public void changed(URI origin, String text) {
        synchronized (lock) {
            pendingOrigin = origin;
            pendingText = text;
        }
        int state = job.getState();
        if (state != Job.WAITING && state != Job.SLEEPING) {
            job.schedule(PERIOD_MS); // a running job runs once more after this run
        }
    }

    /**
     * Deletes the snapshot of a file and forgets a pending write.
     *
     * @param origin the editor's file
     */
    public void discard(URI origin) {
        synchronized (lock) {
            pendingOrigin = null;
            pendingText = null;
            try {
                store.remove(origin);
            } catch (IOException e) {
                ILog.of(SnapshotWriter.class).error(NLS.bind(Messages.Recovery_removeFailed, origin), e);
            }
        }
    }

    /** Writes a pending text now (tests; the editor closing while the workbench shuts down keeps it). */
    public void flush() {
        job.cancel();
        writePending();
    }

    private void writePending() {
        synchronized (lock) {
            if (pendingOrigin == null) {
                return;
            }
            try {
                store.save(pendingOrigin, pendingText);
            } catch (IOException e) {
                ILog.of(SnapshotWriter.class).error(NLS.bind(Messages.Recovery_writeFailed, pendingOrigin), e);
            }
            pendingOrigin = null;
            pendingText = null;
        }
    }
}
