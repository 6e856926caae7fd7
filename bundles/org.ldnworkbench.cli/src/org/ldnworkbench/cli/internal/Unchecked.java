package org.ldnworkbench.cli.internal;

/** What a worker thread threw, carried to the waiting thread as it was. */
final class Unchecked {
    private Unchecked() {
    }

    /**
     * Throws {@code cause} itself when it is unchecked (a {@link RuntimeException} or an {@link Error}, which
     * {@link Failure} reports by kind), so that a caller wraps only checked exceptions.
     */
    static void rethrow(Throwable cause) {
        if (cause instanceof RuntimeException re) {
            throw re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
    }
}
