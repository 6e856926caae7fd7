package org.ldnworkbench.inflammation.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.inflammation.ui.internal.InflammationPreview;
import org.ldnworkbench.inflammation.ui.internal.InflammationPreview.Curve;

/**
 * The inflammation editor's preview from the real mechanisms: with the default (plasma-exposure) values TLR4
 * inhibition at the LDN plasma peak is below 0.1% and the half-maximal concentration is more than 300-fold above it
 * (MODELS.md section 5); a tissue partition of 300 gives roughly 9% at the LDN peak and about 50% at the 50 mg peak;
 * the cytokine response runs through the whole chain.
 */
class InflammationPreviewTest {
    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();
    private static final String GLIA = "org.ldnworkbench.inflammation.glia";

    private static Pipeline pipeline() {
        Pipeline p = new Pipeline();
        p.add(new Node("kinetics", "org.ldnworkbench.pk.naltrexone"));
        p.add(new Node("glia", GLIA));
        p.connect("kinetics.Cntx", "glia.Cntx");
        return p;
    }

    private static double[] values(double tissuePartition) {
        MechanismSpec spec = MechanismRegistry.getDefault().spec(GLIA);
        double[] p = spec.parameters().stream().mapToDouble(ParameterSpec::defaultValue).toArray();
        p[spec.parameterIndex("tissuePartition")] = tissuePartition;
        return p;
    }

    @Test
    void withPlasmaExposureTheGapIsOverThreeHundredFold() throws Exception {
        Curve c = new InflammationPreview(MechanismRegistry.getDefault(), pipeline(), "glia").curve(values(1),
                MONITOR);
        assertTrue(c.ranges().get(0).inhibitionAtPeak() < 0.001, "LDN peak: " + c.ranges().get(0).inhibitionAtPeak());
        assertTrue(c.gapToLdn() > 300, "gap: " + c.gapToLdn());
        assertEquals(50 / 4.5, c.ranges().get(1).peak() / c.ranges().get(0).peak(), 1e-6, "PK is linear in dose");
        assertTrue(c.ranges().get(0).peak() > 1 && c.ranges().get(0).peak() < 2, "LDN peak "
                + c.ranges().get(0).peak() + " ng/mL");
    }

    @Test
    void tissueAccumulationGivesTheInhibitionMODELSStates() throws Exception {
        Curve c = new InflammationPreview(MechanismRegistry.getDefault(), pipeline(), "glia").curve(values(300),
                MONITOR);
        assertEquals(0.09, c.ranges().get(0).inhibitionAtPeak(), 0.03, "4.5 mg");
        assertEquals(0.5, c.ranges().get(1).inhibitionAtPeak(), 0.1, "50 mg");
    }

    @Test
    void theResponseRunsThroughTheChain() throws Exception {
        InflammationPreview.Response r = new InflammationPreview(MechanismRegistry.getDefault(), pipeline(), "glia")
                .response(InflammationPreview.STANDARD, MONITOR);
        assertEquals(InflammationPreview.RESPONSE_DAYS * 48 + 1, r.time().length);
        assertEquals(1, r.tnf()[0], 1e-9);
        double last = r.activation()[r.activation().length - 1];
        assertTrue(Double.isFinite(last) && last > 1, "glial activation under 50 mg daily: " + last);
    }
}
