package org.ldnworkbench.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ldnworkbench.cli.command.CommandArguments;
import org.ldnworkbench.cli.command.CommandOption;
import org.ldnworkbench.cli.command.UsageException;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.ParameterLayer;
import org.ldnworkbench.core.pipeline.PortRef;

/**
 * {@code --set} and {@code --preset}: declared once for every command that runs or checks a pipeline (run, validate,
 * scan), and read into the layer applied after the pipeline's scenarios.
 */
final class OverrideOptions {
    static final CommandOption SET = CommandOption.repeatable("--set", "node.param=value",
            "override a parameter in every scenario (a plain decimal number)");
    static final CommandOption PRESET = CommandOption.repeatable("--preset", "node=preset",
            "use a preset of the node's mechanism in every scenario");
    /** Both, in the order the usage shows them. */
    static final List<CommandOption> BOTH = List.of(SET, PRESET);

    private OverrideOptions() {
    }

    /** The layer of {@code --set} and {@code --preset} overrides, applied after the pipeline's scenarios. */
    static ParameterLayer layer(CommandArguments a) throws UsageException {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, String> presets = new LinkedHashMap<>();
        for (String set : a.values(SET.name())) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--set expects node.param=value, got " + Names.quote(set));
            }
            String key = set.substring(0, eq).trim();
            try {
                PortRef.parse(key);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--set " + Names.quote(set) + ": " + Names.quote(key)
                        + " is not of the form node.param");
            }
            values.put(key, Numbers.parse(set.substring(eq + 1), "--set " + key));
        }
        for (String p : a.values(PRESET.name())) {
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1) {
                throw new UsageException("--preset expects node=preset, got " + Names.quote(p));
            }
            // not trimmed: a preset named with spaces or control characters is refused, never silently changed
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0) {
                    throw new UsageException("--preset " + Names.quote(p) + ": contains control characters");
                }
            }
            presets.put(p.substring(0, eq), p.substring(eq + 1));
        }
        return ParameterLayer.commandLine(presets, values);
    }
}
