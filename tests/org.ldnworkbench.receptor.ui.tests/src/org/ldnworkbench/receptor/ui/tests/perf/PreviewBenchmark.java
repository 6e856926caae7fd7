package org.ldnworkbench.receptor.ui.tests.perf;

import java.util.Arrays;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.receptor.ui.internal.ReceptorPreview;

/** Times one receptor preview (what the editor computes after an edit), one preset and both; prints, asserts nothing. */
class PreviewBenchmark {
    @Test
    void receptorPreview() throws Exception {
        Pipeline p = new Pipeline();
        p.add(new Node("pk", "org.ldnworkbench.pk.naltrexone"));
        p.add(new Node("receptor", "org.ldnworkbench.receptor.mu"));
        p.connect("pk.Cntx", "receptor.Cntx");
        p.connect("pk.Cntxol", "receptor.Cntxol");
        for (boolean both : new boolean[] { false, true }) {
            double[] ms = new double[25];
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                ReceptorPreview.of(MechanismRegistry.getDefault(), p, "receptor").compute(4.5, both,
                        new NullProgressMonitor());
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            double[] warm = Arrays.copyOfRange(ms, 5, ms.length);
            Arrays.sort(warm);
            System.out.printf("BENCH receptor preview, %s: median %.1f ms, max %.1f ms (20 runs after 5 warm-up)%n",
                    both ? "both presets" : "one preset", warm[warm.length / 2], warm[warm.length - 1]);
        }
    }
}
