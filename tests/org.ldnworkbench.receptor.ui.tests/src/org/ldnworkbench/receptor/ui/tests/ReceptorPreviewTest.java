package org.ldnworkbench.receptor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.receptor.ui.internal.ReceptorPreview;

/**
 * The receptor editor's preview runs the real pharmacokinetics and receptor mechanisms: its peaks are the model's
 * public checkpoints (MODELS.md section 3), its "both presets" lines differ where the hypotheses differ (occupancy
 * left 48 h after 50 mg), and it takes the node's own values and the pk node that feeds it from the pipeline.
 */
class ReceptorPreviewTest {
    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

    private static ReceptorPreview preview(Pipeline p) {
        return ReceptorPreview.of(MechanismRegistry.getDefault(), p, "receptor");
    }

    private static Pipeline pipeline(String preset) {
        Pipeline p = new Pipeline();
        p.add(new Node("kinetics", "org.ldnworkbench.pk.naltrexone"));
        p.add(new Node("receptor", "org.ldnworkbench.receptor.mu").preset(preset));
        p.connect("kinetics.Cntx", "receptor.Cntx");
        p.connect("kinetics.Cntxol", "receptor.Cntxol");
        return p;
    }

    @Test
    void peaksAreTheModelsPublicCheckpoints() throws Exception {
        ReceptorPreview preview = preview(pipeline(null));
        assertEquals(0.246, preview.peakOccupancy(2, MONITOR), 0.005 * 0.246, "2 mg");
        assertEquals(0.449, preview.peakOccupancy(5, MONITOR), 0.005 * 0.449, "5 mg");
        assertEquals(0.891, preview.peakOccupancy(50, MONITOR), 0.005 * 0.891, "50 mg");
    }

    @Test
    void bothPresetsShowThePersistenceOnlyPetCalibratedHas() throws Exception {
        ReceptorPreview.Result r = preview(pipeline("pet-calibrated")).compute(50, true, MONITOR);
        assertEquals(List.of("pet-calibrated", "rapid-equilibrium"), r.course().stream().map(
                ReceptorPreview.Line::label).toList());
        assertTrue(r.course().get(0).chosen() && !r.course().get(1).chosen());
        assertEquals(0.75, at(r.course().get(0), 48), 0.01, "pet-calibrated 48 h after 50 mg");
        assertEquals(0.17, at(r.course().get(1), 48), 0.01, "rapid-equilibrium 48 h after 50 mg");
        ReceptorPreview.Line peaks = r.peaks().get(0);
        assertEquals(ReceptorPreview.MIN_DOSE, peaks.x()[0], 1e-12);
        assertEquals(ReceptorPreview.MAX_DOSE, peaks.x()[peaks.x().length - 1], 1e-9);
        for (int i = 1; i < peaks.y().length; i++) {
            assertTrue(peaks.y()[i] > peaks.y()[i - 1], "peak occupancy does not rise with dose at " + peaks.x()[i]);
        }
    }

    @Test
    void theNodesOwnValuesAndItsPharmacokineticsAreUsed() throws Exception {
        double plain = preview(pipeline(null)).peakOccupancy(5, MONITOR);
        Pipeline ownEc50 = pipeline(null);
        ownEc50.node("receptor").parameter("EC50ntx", 1.3);
        assertTrue(preview(ownEc50).peakOccupancy(5, MONITOR) < plain - 0.05, "the node's EC50ntx is not used");
        Pipeline lowBioavailability = pipeline(null);
        lowBioavailability.node("kinetics").parameter("F", 0.1);
        assertTrue(preview(lowBioavailability).peakOccupancy(5, MONITOR) < plain - 0.05,
                "the pk node feeding the receptor is not used");
        assertEquals("pet-calibrated + node values", ReceptorPreview.of(MechanismRegistry.getDefault(), ownEc50,
                "receptor").compute(5, false, MONITOR).course().get(0).label());
    }

    private static double at(ReceptorPreview.Line line, double hours) {
        for (int i = 0; i < line.x().length; i++) {
            if (Math.abs(line.x()[i] - hours) < 1e-9) {
                return line.y()[i];
            }
        }
        throw new AssertionError("no point at " + hours + " h");
    }
}
