package org.ldnworkbench.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.charts.core.ReferenceLevel;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.metrics.StreamingSummary;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.ui.internal.runs.OutputColumn;
import org.ldnworkbench.ui.internal.runs.RunData;
import org.ldnworkbench.ui.internal.runs.RunDataFactory;
import org.ldnworkbench.ui.internal.runs.ScenarioData;
import org.ldnworkbench.ui.internal.wizards.PipelineTemplate;
import org.ldnworkbench.ui.internal.wizards.PipelineTemplates;

/** The run data of the default example made from the engine's results: columns, levels, metrics, a partial scenario. */
class RunDataFactoryTest {
    private static final Instant STARTED = Instant.parse("2026-12-01T17:05:12Z");

    /** The shipped LDN-vs-standard example shortened to three days. */
    static Pipeline example(double endHours) throws Exception {
        for (PipelineTemplate t : PipelineTemplates.bundled()) {
            if (t.fileName().equals("ldn-vs-standard.ldnpipe")) {
                Pipeline p = PipelineFiles.read(new StringReader(t.text()), t.fileName());
                p.simulation().end(endHours);
                return p;
            }
        }
        throw new AssertionError("no ldn-vs-standard template");
    }

    static List<CompiledPipeline> compile(Pipeline p) throws Exception {
        return new PipelineCompiler(MechanismRegistry.getDefault()).compileAll(p, "test.ldnpipe", List.of());
    }

    @Test
    void everyColumnAndMetricOfTheRunWithDescriptionsLevelsAndHeadlineValues() throws Exception {
        Pipeline p = example(72);
        List<RunSummary> summaries = new ArrayList<>();
        for (CompiledPipeline c : compile(p)) {
            summaries.add(RunSummary.of(Simulator.run(c)));
        }

        RunData run = RunDataFactory.of("example", p, Path.of("/tmp/r"), STARTED, summaries);

        assertEquals(p.name(), run.pipelineName());
        assertEquals(Path.of("/tmp/r"), run.folder());
        assertEquals(STARTED, run.started());
        List<CompiledPipeline.Column> columns = summaries.get(0).pipeline().columns();
        assertEquals(columns.stream().map(CompiledPipeline.Column::name).toList(),
                run.outputs().stream().map(OutputColumn::name).toList());
        OutputColumn signaling = run.outputs().get(run.outputIndex("rebound.signaling"));
        assertEquals("org.ldnworkbench.rebound.endogenous", signaling.mechanism());
        assertEquals("relative", signaling.unit());
        assertFalse(signaling.description().isEmpty());
        assertEquals(List.of(new ReferenceLevel(1.05, "Rebound window (S > 1.05)")), signaling.levels());
        assertTrue(run.outputs().get(run.outputIndex("pk.Cntx")).levels().isEmpty());

        RunSummary first = summaries.get(0);
        assertEquals(first.metrics().stream().map(RunSummary.MetricValue::name).toList(),
                run.metrics().stream().map(m -> m.name()).toList());
        int hours = run.metrics().stream().map(m -> m.name()).toList().indexOf("rebound.reboundHours");
        assertEquals("h", run.metrics().get(hours).unit());
        assertEquals("Rebound window (S > 1.05)", run.metrics().get(hours).label());

        assertEquals(List.of("ldn-pet", "std-pet", "ldn-rapid", "std-rapid"),
                run.scenarios().stream().map(ScenarioData::id).toList());
        for (int s = 0; s < summaries.size(); s++) {
            ScenarioData d = run.scenarios().get(s);
            SimulationResult r = summaries.get(s).result();
            assertEquals(r.pipeline().scenarioName(), d.name());
            assertEquals(r.length(), d.time().length);
            assertEquals(r.time()[r.length() - 1], d.time()[d.time().length - 1]);
            int cntx = run.outputIndex("pk.Cntx");
            assertEquals(r.column("pk.Cntx")[r.length() / 2], d.columns()[cntx][d.time().length / 2]);
            assertEquals(summaries.get(s).metric("rebound.reboundHours").lastDay(), d.metrics()[hours]);
            assertTrue(d.complete());
            assertNull(d.failure());
            assertTrue(Double.isNaN(d.failureTime()));
        }
        assertTrue(run.complete());
    }

    @Test
    void aCancelledScenarioIsKeptUpToWhereItStoppedAndMarkedPartial() throws Exception {
        Pipeline p = example(72);
        CompiledPipeline c = compile(p).get(1);
        SimulationResult partial = cancelledAfter(c, 5);

        RunData run = RunDataFactory.of("cancelled", p, null, STARTED, List.of(RunSummary.of(partial)));

        ScenarioData d = run.scenarios().get(0);
        assertFalse(run.complete());
        assertEquals(Simulator.CANCELLED, d.failure());
        assertEquals(partial.failureTime(), d.failureTime());
        assertTrue(d.failureTime() < 72, "stopped early: " + d.failureTime());
        assertEquals(partial.length(), d.time().length);
        for (double[] column : d.columns()) {
            assertEquals(partial.length(), column.length);
        }
    }

    @Test
    void aStreamedSummaryWithoutTimeSeriesIsRefusedNamingTheScenario() throws Exception {
        Pipeline p = example(24);
        CompiledPipeline c = compile(p).get(0);
        RunSummary streamed = StreamingSummary.metricsOnly(c).finish(null);
        assertNull(streamed.result());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunDataFactory.of("x", p, null, STARTED, List.of(streamed)));
        assertTrue(e.getMessage().contains("ldn-pet"), e.getMessage());
    }

    @Test
    void aRunWithoutScenariosHasNoColumns() throws Exception {
        RunData run = RunDataFactory.of("empty", example(24), null, STARTED, List.of());
        assertTrue(run.outputs().isEmpty());
        assertTrue(run.scenarios().isEmpty());
        assertSame(null, run.folder());
    }

    /** @return the partial result of a run cancelled after {@code checks} looks at its monitor */
    static SimulationResult cancelledAfter(CompiledPipeline c, int checks) throws Exception {
        NullProgressMonitor monitor = new NullProgressMonitor() {
            private int asked;

            @Override
            public boolean isCanceled() {
                return ++asked > checks;
            }
        };
        try {
            Simulator.run(c, monitor);
        } catch (OperationCanceledException e) {
            return Simulator.partialResult(e);
        }
        throw new AssertionError("the run was not cancelled");
    }
}
