package org.ldnworkbench.cli.internal;

import java.time.Duration;

import org.ldnworkbench.cli.command.CommandArguments;
import org.ldnworkbench.cli.command.CommandOption;
import org.ldnworkbench.cli.command.UsageException;
import org.ldnworkbench.core.engine.Simulator;

/**
 * {@code --mechanism-timeout SECONDS} of {@code run} and {@code scan}: how long one call of a mechanism may take
 * before its run is stopped (or, for its constructor, {@code bind} and {@code validate}, the pipeline's compilation
 * fails) and the mechanism quarantined ({@link Simulator#mechanismTimeout()}). Declared once for
 * both commands; the command sets it for the runs it starts and puts the engine's own setting back when it ends,
 * whatever happens (commands also run in-process, in tests).
 */
final class MechanismTimeoutOption {
    /** Longest timeout accepted: about 11.6 days, far beyond any run. */
    static final double MAX_SECONDS = 1e6;
    static final CommandOption OPTION = CommandOption.valued("--mechanism-timeout", "SECONDS",
            "stop a run (or the check before it) when one call of a mechanism has not returned after SECONDS, and "
                    + "quarantine the mechanism (default " + Simulator.DEFAULT_MECHANISM_TIMEOUT.toSeconds()
                    + "; 0: never)");

    private MechanismTimeoutOption() {
    }

    /** @return the timeout given on the command line, or null when none is given (the engine's own setting holds) */
    static Duration of(CommandArguments a) throws UsageException {
        String text = a.value(OPTION.name());
        if (text == null) {
            return null;
        }
        double seconds = Numbers.parse(text, OPTION.name());
        if (seconds < 0 || seconds > MAX_SECONDS) {
            throw new UsageException(OPTION.name() + ": " + text + " is outside 0 to " + Numbers.fmt(MAX_SECONDS)
                    + " seconds");
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    /** The body of a command that runs simulations, with its checked exceptions. */
    @FunctionalInterface
    interface Command {
        int run() throws Exception;
    }

    /**
     * Runs {@code command} with the timeout of the command line set in the engine, and the engine's own setting
     * back afterwards.
     */
    static int during(CommandArguments a, Command command) throws Exception {
        Duration timeout = of(a);
        if (timeout == null) {
            return command.run();
        }
        Simulator.setMechanismTimeout(timeout);
        try {
            return command.run();
        } finally {
            Simulator.setMechanismTimeout(null);
        }
    }
}
