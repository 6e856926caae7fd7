package org.ldnworkbench.rebound.ui.tests.perf;

import java.util.Arrays;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.rebound.ui.internal.ReboundPreview;

/** Times one rebound preview (28 days, 4 h per day at 80%) as the editor computes it; prints, asserts nothing. */
class PreviewBenchmark {
    @Test
    void reboundPreview() throws Exception {
        MechanismSpec spec = MechanismRegistry.getDefault().spec("org.ldnworkbench.rebound.endogenous");
        double[] p = spec.parameters().stream().mapToDouble(ParameterSpec::defaultValue).toArray();
        var mechanism = MechanismRegistry.getDefault().create(spec.id());
        double[] ms = new double[25];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            new ReboundPreview(mechanism, spec, p).compute(new ReboundPreview.Pattern(4, 0.8, 28),
                    new NullProgressMonitor());
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        double[] warm = Arrays.copyOfRange(ms, 5, ms.length);
        Arrays.sort(warm);
        System.out.printf("BENCH rebound preview, 28 days: median %.1f ms, max %.1f ms (20 runs after 5 warm-up)%n",
                warm[warm.length / 2], warm[warm.length - 1]);
    }
}
