package org.ldnworkbench.pk.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.pipeline.Pipeline;

/** The explicit dose list (table "doses" of the dosing regimen, MODELS.md section 1). */
class DoseListTest {
    @Test
    void aDoseListGivesTheSameCurveAsTheEquivalentRegimen() throws Exception {
        SimulationResult regular = PkPipelines.run(PkPipelines.regimen(4.5, 22, 24, 3, 96, 0.1));
        Pipeline listed = PkPipelines.regimen(4.5, 22, 24, 0, 96, 0.1);
        listed.node("dosing").tables().put("doses", new double[][] { { 22, 4.5 }, { 46, 4.5 }, { 70, 4.5 } });
        SimulationResult fromList = PkPipelines.run(listed);
        double[] a = regular.column("pk.Cntx");
        double[] b = fromList.column("pk.Cntx");
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-12 * Math.max(1, Math.abs(a[i])));
        }
    }

    @Test
    void listDosesAddToTheRegimenAndSameTimeDosesAddUp() throws Exception {
        Pipeline both = PkPipelines.regimen(10, 0, 24, 1, 24, 0.5);
        both.node("dosing").tables().put("doses", new double[][] { { 0, 10 }, { 12, 5 } });
        Pipeline single = PkPipelines.regimen(20, 0, 24, 1, 24, 0.5);
        double[] c2 = PkPipelines.run(both).column("pk.Cntx");
        double[] c1 = PkPipelines.run(single).column("pk.Cntx");
        assertEquals(c1[10], c2[10], 1e-12 * c1[10]); // 5 h: 20 mg at 0 either way
        assertTrue(c2[30] > c1[30]); // 15 h: the extra 5 mg at 12 h shows
    }

    @Test
    void badRowsAreRefusedNamingNodeAndRow() {
        Pipeline p = PkPipelines.regimen(4.5, 22, 24, 0, 96, 0.1);
        p.node("dosing").tables().put("doses", new double[][] { { 22, 4.5 }, { 46 } });
        String msg = assertThrows(CompileException.class, () -> PkPipelines.compile(p)).getMessage();
        assertTrue(msg.contains("node 'dosing'") && msg.contains("tables.doses[1]") && msg.contains("time [h], amount [mg]"),
                msg);
        p.node("dosing").tables().put("doses", new double[][] { { 22, -1 } });
        msg = assertThrows(CompileException.class, () -> PkPipelines.compile(p)).getMessage();
        assertTrue(msg.contains("amount = -1.0 is below its minimum 0.0"), msg);
        p.node("dosing").tables().clear();
        p.node("dosing").tables().put("schedule", new double[][] {});
        msg = assertThrows(CompileException.class, () -> PkPipelines.compile(p)).getMessage();
        assertTrue(msg.contains("no table 'schedule'") && msg.contains("(tables: doses)"), msg);
    }

    /**
     * Amounts and times of the list are bounded as the regimen's parameters are (1000 mg, 1e6 h): 1e100 mg ran, 1e150
     * mg failed 'at t = NaN h'.
     */
    @Test
    void valuesAboveTheColumnMaximumAreRefusedNamingNodeTableRowColumnAndMaximum() throws Exception {
        Pipeline p = PkPipelines.regimen(4.5, 22, 24, 0, 96, 0.1);
        p.node("dosing").tables().put("doses", new double[][] { { 22, 4.5 }, { 1.0, 1e100 } });
        String msg = assertThrows(CompileException.class, () -> PkPipelines.compile(p)).getMessage();
        assertTrue(msg.contains("node 'dosing'") && msg.contains("tables.doses[1][1]") && msg.contains(
                "table 'doses', row 1, column 'amount': 1.0E100 mg is above its maximum 1000.0 mg"), msg);
        p.node("dosing").tables().put("doses", new double[][] { { 2e6, 4.5 } });
        msg = assertThrows(CompileException.class, () -> PkPipelines.compile(p)).getMessage();
        assertTrue(msg.contains("row 0, column 'time': 2000000.0 h is above its maximum 1000000.0 h"), msg);
        p.node("dosing").tables().put("doses", new double[][] { { 1e6, 1000 } });
        PkPipelines.compile(p);
    }

    /** A dose list is a size the file controls: it is refused past its limit, before any event is made of it. */
    @Test
    void aDoseListLongerThanTheLimitIsRefused() throws Exception {
        Pipeline p = PkPipelines.regimen(4.5, 22, 24, 0, 96, 0.1);
        double[][] rows = new double[org.ldnworkbench.core.engine.PipelineCompiler.MAX_TABLE_ROWS + 1][];
        java.util.Arrays.fill(rows, new double[] { 22, 4.5 });
        p.node("dosing").tables().put("doses", rows);
        String msg = assertThrows(CompileException.class, () -> PkPipelines.compile(p)).getMessage();
        assertTrue(msg.contains("node 'dosing', tables.doses: the table has 100001 rows; the limit is 100000"), msg);
        p.node("dosing").tables().put("doses", java.util.Arrays.copyOf(rows, rows.length - 1));
        PkPipelines.compile(p);
    }
}
