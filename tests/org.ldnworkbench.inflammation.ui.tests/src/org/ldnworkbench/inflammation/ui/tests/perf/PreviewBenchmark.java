package org.ldnworkbench.inflammation.ui.tests.perf;

import java.util.Arrays;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.inflammation.ui.internal.InflammationPreview;

/** Times one inflammation preview (curve, both plasma ranges, 28-day response) as the editor computes it. */
class PreviewBenchmark {
    @Test
    void inflammationPreview() throws Exception {
        Pipeline pipeline = new Pipeline();
        pipeline.add(new Node("glia", "org.ldnworkbench.inflammation.glia"));
        MechanismSpec spec = MechanismRegistry.getDefault().spec("org.ldnworkbench.inflammation.glia");
        double[] p = spec.parameters().stream().mapToDouble(ParameterSpec::defaultValue).toArray();
        double[][] ms = new double[2][25];
        for (int i = 0; i < 25; i++) {
            InflammationPreview preview = new InflammationPreview(MechanismRegistry.getDefault(), pipeline, "glia");
            long t0 = System.nanoTime();
            preview.curve(p, new NullProgressMonitor());
            long t1 = System.nanoTime();
            preview.response(InflammationPreview.LDN, new NullProgressMonitor());
            ms[0][i] = (t1 - t0) / 1e6;
            ms[1][i] = (System.nanoTime() - t1) / 1e6;
        }
        String[] what = { "inhibition curve + plasma ranges", "28-day cytokine response" };
        for (int k = 0; k < 2; k++) {
            double[] warm = Arrays.copyOfRange(ms[k], 5, 25);
            Arrays.sort(warm);
            System.out.printf("BENCH inflammation %s: median %.1f ms, max %.1f ms (20 runs after 5 warm-up)%n",
                    what[k], warm[warm.length / 2], warm[warm.length - 1]);
        }
    }
}
