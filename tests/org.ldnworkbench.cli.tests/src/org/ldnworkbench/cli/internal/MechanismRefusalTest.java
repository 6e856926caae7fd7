package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.core.mechanism.InvalidSettingsException;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;

/**
 * {@code ldnwb validate} reports a mechanism's refusal of its values ({@code Mechanism.validate}) like any other
 * problem, whether the values come from the file or from {@code --set}.
 */
class MechanismRefusalTest {
    /** The real receptor model, refusing (for this test only) a naltrexone EC50 above the naltrexol one. */
    static final class StrictReceptor extends WrappedMechanism {
        private final int ntx;
        private final int ntxol;

        /** @param inner the real instance, already bound to {@code spec} by the registry */
        StrictReceptor(Mechanism inner, MechanismSpec spec) throws MechanismException {
            super(inner);
            this.ntx = spec.requireParameter("EC50ntx");
            this.ntxol = spec.requireParameter("EC50ntxol");
        }

        @Override
        public void validate(double[] p, double[][][] tables) throws InvalidSettingsException {
            if (p[ntx] > p[ntxol]) {
                throw new InvalidSettingsException("naltrexone binds more tightly than 6-beta-naltrexol", "EC50ntx",
                        "EC50ntxol");
            }
        }
    }

    private static CliOutcome validate(String file, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "validate";
        args[1] = file;
        System.arraycopy(options, 0, args, 2, options.length);
        return CliOutcome.run(new InstalledMechanismsWith() {
            @Override
            Mechanism replace(String id, Mechanism real) {
                try {
                    return id.equals("org.ldnworkbench.receptor.mu") ? new StrictReceptor(real, spec(id)) : real;
                } catch (MechanismException e) {
                    throw new IllegalStateException(e);
                }
            }
        }, args);
    }

    private static final String REFUSAL = "node 'receptor', parameters.EC50ntx, parameters.EC50ntxol: mechanism "
            + "org.ldnworkbench.receptor.mu refuses EC50ntx = 20.0 ng/mL, EC50ntxol = 13.5 ng/mL: naltrexone binds "
            + "more tightly than 6-beta-naltrexol";

    @Test
    void validateReportsTheRefusalOfACommandLineValue() {
        assertEquals(0, validate(ResultsDirectoryTest.FILE).code(), "the file's values are accepted");
        CliOutcome refused = validate(ResultsDirectoryTest.FILE, "--set", "receptor.EC50ntx=20");
        assertEquals(1, refused.code(), refused.err());
        assertTrue(refused.err().contains(REFUSAL), refused.err());
    }

    /**
     * With {@code --set}, every scenario is checked, not only up to the first refused one: the two receptor presets
     * of the default example give two different refusals, and both are listed.
     */
    @Test
    void validateWithOverridesListsTheRefusalOfEveryScenario() {
        String comparison = ResultsDirectoryTest.EXAMPLES.resolve("ldn-vs-standard.ldnpipe").toString();
        CliOutcome refused = validate(comparison, "--set", "receptor.EC50ntxol=0.5"); // below both presets' EC50ntx
        assertEquals(1, refused.code(), refused.err());
        assertTrue(refused.err().contains("refuses EC50ntx = 0.65 ng/mL, EC50ntxol = 0.5 ng/mL"), refused.err());
        assertTrue(refused.err().contains("(and 1 more problem)"), "the rapid-equilibrium preset's refusal too: "
                + refused.err());
    }

    @Test
    void validateReportsTheRefusalOfTheFilesValues(@TempDir Path dir) throws Exception {
        Pipeline p = Cli.read(ResultsDirectoryTest.FILE);
        // each scenario chooses a receptor preset, which replaces the node's own values: set it where it counts
        p.scenarios().forEach(s -> s.parameters().put("receptor.EC50ntx", 20.0));
        Path file = dir.resolve("strict.ldnpipe");
        PipelineFiles.write(p, file);
        CliOutcome refused = validate(file.toString());
        assertEquals(1, refused.code(), refused.err());
        assertTrue(refused.err().contains(REFUSAL), refused.err());
    }
}
