package org.ldnworkbench.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.ldnworkbench.cli.command.AbstractCommand;
import org.ldnworkbench.cli.command.CommandArguments;
import org.ldnworkbench.cli.command.CommandContext;
import org.ldnworkbench.cli.command.UsageException;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.registry.MechanismRegistry;

/** {@code ldnwb list}: the installed mechanisms with their ports and presets, and the registry's problems. */
final class ListCommand extends AbstractCommand {
    ListCommand() {
        super("list", "the installed mechanisms: bundle, version, ports and presets", "", List.of());
    }

    @Override
    public int execute(CommandArguments a, CommandContext context) throws UsageException {
        if (!a.positional().isEmpty()) {
            throw new UsageException("list takes no arguments");
        }
        var out = context.out();
        TextTable t = new TextTable("mechanism", "name", "bundle", "version", "inputs", "outputs", "presets");
        List<MechanismSpec> specs = new ArrayList<>(context.catalog().all());
        specs.sort((x, y) -> x.id().compareTo(y.id()));
        for (MechanismSpec s : specs) {
            List<String> presets = new ArrayList<>();
            s.presets().forEach(pr -> presets.add(pr.id() + (pr.isDefault() ? " (default)" : "")));
            t.row(s.id(), s.name(), s.contributor(), s.version(), ports(s.inputs()), ports(s.outputs()),
                    presets.isEmpty() ? "-" : String.join(", ", presets));
        }
        t.print(out);
        for (MechanismSpec s : specs) {
            s.presets().forEach(pr -> {
                if (!pr.description().isEmpty()) {
                    out.println();
                    out.println(s.id() + " preset " + pr.id() + ": " + pr.description());
                }
            });
        }
        if (context.catalog() instanceof MechanismRegistry) {
            for (String problem : ((MechanismRegistry) context.catalog()).problems()) {
                context.err().println("warning: " + problem);
            }
        }
        return 0;
    }

    private static String ports(List<PortSpec> ports) {
        if (ports.isEmpty()) {
            return "-";
        }
        List<String> l = new ArrayList<>();
        for (PortSpec p : ports) {
            l.add(p.name() + " [" + p.unit() + (p.isEvent() ? ", event" : "") + "]");
        }
        return String.join(", ", l);
    }
}
