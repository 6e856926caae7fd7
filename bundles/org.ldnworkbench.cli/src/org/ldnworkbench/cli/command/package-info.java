/**
 * Commands of the {@code ldnwb} command line, for bundles that add a verb (the benchmarks do, so can a third party):
 * implement {@link org.ldnworkbench.cli.command.LdnwbCommand} (most simply by extending
 * {@link org.ldnworkbench.cli.command.AbstractCommand}), declare its options as
 * {@link org.ldnworkbench.cli.command.CommandOption}s and contribute it through the extension point
 * {@code org.ldnworkbench.cli.commands} (schema {@code schema/commands.exsd}).
 * <p>
 * Provisional API (0.1): the types may still change in a minor version while the workbench is before 1.0; such a
 * change is listed in the release notes. Threading: a command runs on the thread that started {@code ldnwb}.
 *
 * @since 0.1
 */
package org.ldnworkbench.cli.command;
