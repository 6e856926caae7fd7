package org.ldnworkbench.cli.internal;

import org.ldnworkbench.cli.command.LdnwbCommand;

/**
 * A verb as {@code ldnwb --help} lists it: name and summary are known without loading the command's class; the
 * command itself is made when it is used.
 */
interface CommandEntry {
    String name();

    String summary();

    /** @return who provides it, for messages: {@code built in} or the contributing bundle */
    String provider();

    /** @return the command, or null when it cannot be loaded ({@link #problem()} says why) */
    LdnwbCommand command();

    /** @return why {@link #command()} is null, one line naming the command and its bundle; null while it loads */
    String problem();

    /** A command that ships in this bundle: made with the {@link Cli}, it always loads. */
    record BuiltIn(LdnwbCommand command) implements CommandEntry {
        @Override
        public String name() {
            return command.name();
        }

        @Override
        public String summary() {
            return command.summary();
        }

        @Override
        public String provider() {
            return "built in";
        }

        @Override
        public String problem() {
            return null;
        }
    }
}
