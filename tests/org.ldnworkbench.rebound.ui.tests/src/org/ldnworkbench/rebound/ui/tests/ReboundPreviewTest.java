package org.ldnworkbench.rebound.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.rebound.ui.internal.ReboundPreview;
import org.ldnworkbench.rebound.ui.internal.ReboundPreview.Pattern;

/**
 * The rebound editor's preview drives the real rebound mechanism with a daily blockade: no blockade leaves every
 * output at the untreated 1; continuous blockade up-regulates receptor density as the mechanism is calibrated to
 * (about +70% after 8 days above 90%); a brief daily blockade at the rapid-equilibrium-like level gives a rebound
 * window after the blockade once adapted; the windows are the intervals above the threshold.
 */
class ReboundPreviewTest {
    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

    private static ReboundPreview.Result run(Pattern pattern, double kR) throws Exception {
        MechanismSpec spec = MechanismRegistry.getDefault().spec("org.ldnworkbench.rebound.endogenous");
        double[] p = spec.parameters().stream().mapToDouble(ParameterSpec::defaultValue).toArray();
        p[spec.parameterIndex("kR")] = kR;
        return new ReboundPreview(MechanismRegistry.getDefault().create(spec.id()), spec, p).compute(pattern,
                MONITOR);
    }

    @Test
    void withoutBlockadeEverythingStaysUntreated() throws Exception {
        ReboundPreview.Result r = run(new Pattern(4, 0, 3), 0.01);
        for (double[] series : new double[][] { r.signaling(), r.tone(), r.density() }) {
            for (double v : series) {
                assertEquals(1, v, 1e-9);
            }
        }
        assertTrue(r.windows().isEmpty());
        assertEquals(3 * 24 / ReboundPreview.STEP + 1, r.time().length);
    }

    @Test
    void continuousBlockadeUpRegulatesReceptorsAsCalibrated() throws Exception {
        ReboundPreview.Result r = run(new Pattern(24, 0.95, 8), 0.01);
        double density = r.density()[r.density().length - 1];
        assertTrue(density > 1.55 && density < 1.85, "receptor density after 8 days at 95%: " + density);
        assertEquals(0.95, r.occupancy()[10], 0.0);
    }

    @Test
    void aBriefDailyBlockadeLeavesAReboundWindowAfterIt() throws Exception {
        ReboundPreview.Result r = run(new Pattern(4, 0.9, 28), 0.01);
        assertTrue(r.lastDayHours() > 0, "no rebound window on the last day");
        double[] last = r.windows().get(r.windows().size() - 1);
        assertEquals(27 * 24 + 4, last[0], 1e-9, "the last window does not start when the blockade ends");
        assertEquals(0.9, r.occupancy()[(int) (27 * 24 / ReboundPreview.STEP) + 1], 0.0);
        assertEquals(0, r.occupancy()[(int) ((27 * 24 + 5) / ReboundPreview.STEP)], 0.0);
    }
}
