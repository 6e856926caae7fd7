package org.ldnworkbench.install.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mechanisms a bundle that is not resolved declares, read from its plugin.xml in the installation. */
class DeclaredMechanismsTest {
    private static final String PLUGIN_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <plugin>
               <extension point="org.ldnworkbench.core.mechanisms">
                  <mechanism id="org.example.b" name="B" class="x.B"><preset id="p" name="P"/></mechanism>
                  <mechanism id="org.example.a" name="A" class="x.A"/>
               </extension>
               <extension point="org.ldnworkbench.cli.commands">
                  <mechanism id="org.example.notOnThePoint"/>
               </extension>
            </plugin>
            """;

    @TempDir
    Path dir;

    @Test
    void fromAJarAndFromAFolder() throws IOException {
        Path jar = dir.resolve("org.example_1.0.0.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("plugin.xml"));
            zip.write(PLUGIN_XML.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of("org.example.a", "org.example.b"), List.copyOf(DeclaredMechanisms.of(jar)));
        Path folder = Files.createDirectory(dir.resolve("org.example_1.0.0"));
        Files.writeString(folder.resolve("plugin.xml"), PLUGIN_XML);
        assertEquals(List.of("org.example.a", "org.example.b"), List.copyOf(DeclaredMechanisms.of(folder)));
    }

    @Test
    void aBundleWithoutPluginXmlDeclaresNone() throws IOException {
        Path jar = dir.resolve("lib.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
        }
        assertTrue(DeclaredMechanisms.of(jar).isEmpty());
        assertTrue(DeclaredMechanisms.of(Files.createDirectory(dir.resolve("folder"))).isEmpty());
    }

    @Test
    void documentTypesAreRefusedSoNoEntityIsExpanded() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("hostile"));
        Files.writeString(folder.resolve("plugin.xml"), "<?xml version=\"1.0\"?><!DOCTYPE plugin [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><plugin><extension point=\"org.ldnworkbench.core.mechanisms\">"
                + "<mechanism id=\"&x;\"/></extension></plugin>");
        IOException e = assertThrows(IOException.class, () -> DeclaredMechanisms.of(folder));
        assertTrue(e.getMessage().startsWith(folder + ": plugin.xml: "), e.getMessage());
    }
}
