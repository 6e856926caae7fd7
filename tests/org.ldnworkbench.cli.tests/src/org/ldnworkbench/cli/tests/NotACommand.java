package org.ldnworkbench.cli.tests;

/** Contributed as a command although it is none: using it fails with one message, the other commands work. */
public final class NotACommand {
    @Override
    public String toString() {
        return "not a command";
    }
}
