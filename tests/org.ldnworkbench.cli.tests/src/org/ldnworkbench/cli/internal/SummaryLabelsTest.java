package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes of one mechanism (two dosing arms, each with its own pk node) print their headline metrics on rows a
 * reader can tell apart: the node follows the label where the labels would be the same.
 */
class SummaryLabelsTest {
    private static final String TWO_ARMS = """
            {"format": "ldn-pipeline/1", "name": "two arms",
             "simulation": {"start": 0, "end": 48, "step": 0.5},
             "nodes": [
               {"id": "dosingA", "mechanism": "org.ldnworkbench.pk.oralDosing",
                "parameters": {"amount": 4.5, "firstDose": 0, "interval": 24, "count": 2}},
               {"id": "pkA", "mechanism": "org.ldnworkbench.pk.naltrexone"},
               {"id": "dosingB", "mechanism": "org.ldnworkbench.pk.oralDosing",
                "parameters": {"amount": 50, "firstDose": 0, "interval": 24, "count": 2}},
               {"id": "pkB", "mechanism": "org.ldnworkbench.pk.naltrexone"}],
             "connections": [{"from": "dosingA.dose", "to": "pkA.dose"}, {"from": "dosingB.dose", "to": "pkB.dose"}]}
            """;

    @Test
    void twoNodesOfOneMechanismAreToldApartByTheirNode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("two-arms.ldnpipe");
        Files.writeString(file, TWO_ARMS);

        CliOutcome o = CliOutcome.run("run", file.toString(), "--no-plots", "--out", dir.resolve("out").toString());

        assertEquals(0, o.code(), o.err());
        List<String> peaks = o.out().lines().filter(l -> l.startsWith("Peak plasma naltrexone")).toList();
        assertEquals(2, peaks.size(), o.out());
        assertTrue(peaks.get(0).contains("(pkA)") && peaks.get(1).contains("(pkB)"),
                "the two pk nodes' rows cannot be told apart: " + peaks);
    }
}
