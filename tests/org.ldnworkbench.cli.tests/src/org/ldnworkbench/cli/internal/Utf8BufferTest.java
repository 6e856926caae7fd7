package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Buffer} holds exactly the bytes a standard UTF-8 {@link OutputStreamWriter} writes for the same writes:
 * ASCII, other characters, a character pair split between two writes, lone surrogates, and more than it expected.
 */
class Utf8BufferTest {
    /** @return the bytes of {@code writes} through {@code w}, flushed */
    private static byte[] standard(List<String> writes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            for (String s : writes) {
                w.write(s.toCharArray(), 0, s.length());
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] buffered(List<String> writes, int expected) throws IOException {
        Utf8Buffer b = new Utf8Buffer(expected);
        for (String s : writes) {
            b.write(s.toCharArray(), 0, s.length());
        }
        b.close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        b.writeTo(out);
        assertArrayEquals(out.toByteArray(), b.toByteArray(), "writeTo and toByteArray agree");
        return out.toByteArray();
    }

    private static void assertSameBytes(List<String> writes) throws IOException {
        for (int expected : new int[] { 1, 7, 1 << 16 }) {
            assertArrayEquals(standard(writes), buffered(writes, expected), writes + ", expecting " + expected);
        }
    }

    @Test
    void asciiIsOneBytePerCharacterAndGrowsBeyondWhatWasExpected() throws IOException {
        assertSameBytes(List.of("time,pk.Cntx\n", "0,1.5E-7\n".repeat(1000), "1,2\n"));
    }

    @Test
    void otherCharactersAreTheStandardEncodersBytes() throws IOException {
        assertSameBytes(List.of("time,µ-opioid [µg/L]\n", "0,1\n", "é€"));
    }

    @Test
    void aCharacterPairSplitBetweenTwoWritesAndLoneSurrogatesAreTheStandardEncodersBytes() throws IOException {
        String pair = "\uD83D\uDE00"; // one character outside the basic plane
        assertSameBytes(List.of("a,b" + pair.charAt(0), pair.charAt(1) + "\n"));
        assertSameBytes(List.of("x\uD83D", "y\n"));
        assertSameBytes(List.of("lone low \uDE00 here"));
        assertSameBytes(List.of("ends high \uD83D"));
    }
}
