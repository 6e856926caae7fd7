package org.ldnworkbench.ui.internal.scan;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.ui.internal.editor.pages.NumberText;

/**
 * Why a scan stopped: the run that failed and the engine's message.
 *
 * @param parameter the scanned parameter, {@code node.param}
 * @param value the value whose run failed
 * @param scenario the scenario's name (the pipeline's when it has none)
 * @param node the node whose mechanism failed, or empty when the run failed before simulating (a value the
 *        compiler refuses)
 * @param time the simulated time of the failure in hours, NaN when not simulating
 * @param message the engine's message
 */
public record ScanFailure(String parameter, double value, String scenario, String node, double time,
        String message) {
    /** @return the failure dialog's text: value, scenario, node and simulated time, then the engine's message */
    public String text() {
        String where = node.isEmpty() ? Messages.Failure_beforeRun
                : NLS.bind(Messages.Failure_where, node,
                        Double.isNaN(time) ? "?" : NumberText.show(ScanValues.round(time, 6)));
        return NLS.bind(Messages.Failure_text, new Object[] { parameter, NumberText.show(value), scenario, where,
                message });
    }

    /** Carries a failure from a scan's worker job to the job that reports it. */
    static final class Thrown extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ScanFailure failure;

        Thrown(ScanFailure failure, Throwable cause) {
            super(failure.message(), cause);
            this.failure = failure;
        }

        ScanFailure failure() {
            return failure;
        }
    }
}
