package org.ldnworkbench.cli.internal;

import java.util.List;

import org.ldnworkbench.cli.command.AbstractCommand;
import org.ldnworkbench.cli.command.CommandArguments;
import org.ldnworkbench.cli.command.CommandContext;
import org.ldnworkbench.cli.command.UsageException;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.ParameterLayer;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFormatException;

/**
 * {@code ldnwb validate}: reads and compiles every scenario (with the command-line overrides) and refuses what
 * {@code run} would refuse before its first step, without simulating.
 */
final class ValidateCommand extends AbstractCommand {
    ValidateCommand() {
        super("validate",
                "check a pipeline file and every scenario of it without simulating",
                "FILE", OverrideOptions.BOTH);
    }

    @Override
    public int execute(CommandArguments a, CommandContext context) throws UsageException, PipelineFormatException,
            CompileException, SimulationException {
        String file = a.file("validate");
        Pipeline p = Cli.read(file);
        ParameterLayer cli = OverrideOptions.layer(a);
        PipelineCompiler compiler = new PipelineCompiler(context.catalog());
        List<ParameterLayer> layers = cli.isEmpty() ? List.of() : List.of(cli);
        // every scenario's problems, the command line's layer applied; then what compiling alone finds (run sizes)
        List<Problem> problems = compiler.check(p, layers);
        if (!problems.isEmpty()) {
            throw new CompileException(file, problems);
        }
        List<CompiledPipeline> compiled = compiler.compileAll(p, file, layers);
        // what run refuses before its first step (events, ranges and the fixed step at the start), refused here too
        for (CompiledPipeline c : compiled) {
            try {
                Simulator.preflight(c);
            } catch (SimulationException e) {
                String scenario = c.scenarioId();
                throw new SimulationException((scenario.isEmpty() ? "" : "scenario '" + scenario + "': ")
                        + e.getMessage(), e.time(), e.node(), e);
            }
        }
        int runs = Math.max(1, p.scenarios().size());
        context.out().println(Names.escape(file) + ": valid (" + p.nodes().size() + " nodes, "
                + p.connections().size() + " connections, " + runs + " scenario" + (runs > 1 ? "s" : "") + ")");
        return 0;
    }
}
