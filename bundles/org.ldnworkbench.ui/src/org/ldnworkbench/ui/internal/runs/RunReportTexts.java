package org.ldnworkbench.ui.internal.runs;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.engine.Problem;

/** The words of a run's dialogs: what failed where and when, and where the results are. */
final class RunReportTexts {
    /** Problems listed in the dialog of a run refused for its problems; the Problems view lists all. */
    static final int PROBLEMS_SHOWN = 5;

    private RunReportTexts() {
    }

    /** @return e.g. {@code t = 30.5 h (day 2)}: the simulated time of a failure, with the day it falls in */
    static String time(double hours) {
        if (Double.isNaN(hours)) {
            return Messages.Run_timeUnknown;
        }
        String h = String.format(Locale.ROOT, "%.6g", hours).replaceAll("(\\.\\d*?)0+($|e)", "$1$2")
                .replaceAll("\\.($|e)", "$1");
        return NLS.bind(Messages.Run_time, h, (long) Math.floor(hours / 24) + 1);
    }

    /** @return the dialog's text for a run that stopped early in some scenarios */
    static String failures(String fileName, List<PipelineRun.ScenarioFailure> failures, String folder) {
        StringBuilder text = new StringBuilder(NLS.bind(failures.size() == 1 ? Messages.Run_failedIntroOne
                : Messages.Run_failedIntro, fileName, failures.size()));
        for (PipelineRun.ScenarioFailure f : failures) {
            text.append("\n\n").append(NLS.bind(Messages.Run_failedScenario, new Object[] { f.scenarioId(),
                    f.scenarioName(), f.node().isEmpty() ? Messages.Run_noNode : f.node(), time(f.time()),
                    f.message() }));
        }
        text.append("\n\n").append(folder == null ? Messages.Run_partialNotSaved
                : NLS.bind(Messages.Run_partialSaved, folder));
        return text.toString();
    }

    /** @return the dialog's text for a run refused for the pipeline's problems */
    static String problems(String fileName, List<Problem> problems) {
        StringBuilder text = new StringBuilder(NLS.bind(problems.size() == 1 ? Messages.Run_invalidIntroOne
                : Messages.Run_invalidIntro, fileName, problems.size()));
        for (Problem p : problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) {
            text.append("\n\u2022 ").append(p.node().isEmpty() ? "" : p.node() + ": ")
                    .append(p.field().isEmpty() ? "" : p.field() + ": ").append(p.message());
        }
        if (problems.size() > PROBLEMS_SHOWN) {
            text.append("\n").append(NLS.bind(Messages.Run_invalidMore, problems.size() - PROBLEMS_SHOWN));
        }
        return text.append("\n\n").append(Messages.Run_invalidProblemsView).toString();
    }
}
