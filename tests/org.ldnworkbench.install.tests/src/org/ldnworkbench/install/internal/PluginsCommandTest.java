package org.ldnworkbench.install.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What {@code ldnwb plugins} prints: a block per feature, texts from plugins escaped. */
class PluginsCommandTest {
    @Test
    void eachPluginWithNameProviderAndMechanisms() {
        assertEquals("org.example.a.feature 1.0.0\n  name: Example A\n  provider: Example lab\n"
                + "  mechanisms: org.example.a, org.example.b\n"
                + "org.example.b.feature 2.0.0\n  mechanisms: (none)\n", print(List.of(
                        new InstalledPlugin("org.example.a.feature", "1.0.0", "Example A", "Example lab",
                                List.of("org.example.a", "org.example.b"), List.of()),
                        new InstalledPlugin("org.example.b.feature", "2.0.0", "", "", List.of(), List.of()))));
    }

    @Test
    void mechanismsOfBundlesThatAreNotResolvedAreSaidToBeNotLoaded() {
        assertEquals("org.example.c.feature 1.0.0\n  mechanisms: (none)\n"
                + "  not loaded (the framework did not resolve their bundles here): org.example.c\n",
                print(List.of(new InstalledPlugin("org.example.c.feature", "1.0.0", "", "", List.of(),
                        List.of("org.example.c")))));
    }

    @Test
    void nothingInstalledIsSaid() {
        assertEquals("no third-party plugins installed\n", print(List.of()));
    }

    @Test
    void controlCharactersOfAPluginNeverReachTheTerminal() {
        String shown = print(List.of(new InstalledPlugin("x", "1.0.0", "\u001b[31mred", "", List.of(), List.of())));
        assertEquals("x 1.0.0\n  name: \\u001b[31mred\n  mechanisms: (none)\n", shown);
    }

    private static String print(List<InstalledPlugin> plugins) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PluginsCommand.print(plugins, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
