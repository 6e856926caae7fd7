package org.ldnworkbench.install.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user may type as a repository, and what p2 is given for it. */
class RepositoryAddressTest {
    @TempDir
    Path dir;

    @Test
    void aFolderIsReadAsAFileUri() throws IOException {
        Path repo = Files.createDirectory(dir.resolve("repo with space"));
        RepositoryAddress a = RepositoryAddress.parse(repo.toString(), dir);
        assertEquals(repo.toUri(), a.uri());
        assertEquals(repo.toString(), a.typed());
    }

    @Test
    void aRelativeFolderIsTheCallersOne() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("a/repo"));
        assertEquals(repo.toUri(), RepositoryAddress.parse("a/../a/repo", dir).uri());
    }

    @Test
    void aZipIsReadThroughAJarUri() throws IOException {
        Path zip = Files.createFile(dir.resolve("site.ZIP"));
        assertEquals("jar:" + zip.toUri() + "!/", RepositoryAddress.parse("site.ZIP", dir).uri().toString());
    }

    @Test
    void aFileUrlIsCheckedLikeAPath() throws IOException {
        Path repo = Files.createDirectory(dir.resolve("repo"));
        assertEquals(repo.toUri(), RepositoryAddress.parse(repo.toUri().toString(), dir).uri());
        InstallException e = assertThrows(InstallException.class,
                () -> RepositoryAddress.parse(dir.resolve("nope").toUri().toString(), dir));
        assertTrue(e.getMessage().contains("no such folder or file"), e.getMessage());
    }

    @Test
    void webAddressesArePassedOn() throws InstallException {
        assertEquals("https://example.org/ldn/site/",
                RepositoryAddress.parse("https://example.org/ldn/site/", dir).uri().toString());
        assertEquals("http://127.0.0.1:9/", RepositoryAddress.parse("http://127.0.0.1:9/", dir).uri().toString());
    }

    @Test
    void refusalsNameWhatWasTypedAndWhy() throws IOException {
        assertEquals("cannot read the p2 repository 'missing': no such folder or file (" + dir.resolve("missing")
                + ")", assertThrows(InstallException.class, () -> RepositoryAddress.parse("missing", dir))
                        .getMessage());
        Files.writeString(dir.resolve("notes.txt"), "x");
        assertEquals("cannot read the p2 repository 'notes.txt': it is a file, not a repository folder or a zip "
                + "file of one",
                assertThrows(InstallException.class, () -> RepositoryAddress.parse("notes.txt", dir)).getMessage());
        assertEquals("the repository address 'ftp://example.org/x' has the scheme ftp: give a folder, a zip file, "
                + "a file: or an http(s): address",
                assertThrows(InstallException.class, () -> RepositoryAddress.parse("ftp://example.org/x", dir))
                        .getMessage());
        assertEquals("the repository address 'http:///x' names no host",
                assertThrows(InstallException.class, () -> RepositoryAddress.parse("http:///x", dir)).getMessage());
        assertTrue(assertThrows(InstallException.class, () -> RepositoryAddress.parse("http://a b/", dir))
                .getMessage().startsWith("the repository address 'http://a b/' is malformed: "));
        assertThrows(InstallException.class, () -> RepositoryAddress.parse(" ", dir));
    }

    @Test
    void aSchemeIsTwoOrMoreLettersBeforeTheColon() {
        assertEquals("https", RepositoryAddress.scheme("HTTPS://x"));
        assertEquals("jar", RepositoryAddress.scheme("jar:file:/x.zip!/"));
        assertNull(RepositoryAddress.scheme("C:\\sites\\repo"));
        assertNull(RepositoryAddress.scheme("my repo:2/x"));
        assertNull(RepositoryAddress.scheme("folder"));
    }
}
