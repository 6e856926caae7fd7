package org.ldnworkbench.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.ldnworkbench.core.engine.MechanismCatalog;

/**
 * One in-process invocation of {@code ldnwb}: its exit code and what it printed.
 *
 * @param code the exit code
 * @param out standard output
 * @param err standard error
 */
public record CliOutcome(int code, String out, String err) {
    /** Runs {@code args} against the installed mechanisms. */
    public static CliOutcome run(String... args) {
        return run((MechanismCatalog) null, args);
    }

    /** Runs {@code args} against {@code catalog} (null: the installed mechanisms). */
    public static CliOutcome run(MechanismCatalog catalog, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), catalog).execute(args);
        return new CliOutcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
