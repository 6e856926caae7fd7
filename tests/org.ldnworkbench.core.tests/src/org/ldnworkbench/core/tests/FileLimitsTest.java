package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ldnworkbench.core.internal.pipeline.PipelineCodec;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;

/**
 * Every collection a file controls has a limit: one element more is refused naming the place and the limit, counted
 * before anything is converted; exactly the limit is read.
 */
class FileLimitsTest {
    /** Fills one collection of a valid pipeline's tree with a given number of elements. */
    interface Filler {
        void fill(Map<String, Object> tree, int count);
    }

    /** One limit: its name, its value, how to reach it, and the message one element more gives. */
    record Limit(String name, int limit, Filler filler, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> tree, String key, int index) {
        return (Map<String, Object>) ((List<Object>) tree.get(key)).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }

    private static List<Object> list(int n, IntFunction<Object> element) {
        List<Object> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(element.apply(i));
        }
        return l;
    }

    private static Map<String, Object> map(int n, IntFunction<String> key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(key.apply(i), value);
        }
        return m;
    }

    static Stream<Limit> limits() {
        return Stream.of(
                new Limit("nodes", PipelineCodec.MAX_NODES,
                        (t, n) -> t.put("nodes", list(n, i -> Map.of("id", "n" + i, "mechanism", "test.gain"))),
                        "f.ldnpipe: nodes: 1001 nodes; the limit is 1000"),
                new Limit("connections", PipelineCodec.MAX_CONNECTIONS,
                        (t, n) -> t.put("connections", list(n, i -> Map.of("from", "a.y", "to", "b" + i + ".u"))),
                        "f.ldnpipe: connections: 10001 connections; the limit is 10000"),
                new Limit("scenarios", PipelineCodec.MAX_SCENARIOS,
                        (t, n) -> t.put("scenarios", list(n, i -> Map.of("id", "s" + i))),
                        "f.ldnpipe: scenarios: 101 scenarios; the limit is 100"),
                new Limit("parameters of a node", PipelineCodec.MAX_PARAMETERS,
                        (t, n) -> at(t, "nodes", 0).put("parameters", map(n, i -> "p" + i, 1.0)),
                        "f.ldnpipe: node 'dosing'.parameters: 1001 parameters; the limit is 1000"),
                new Limit("tables of a node", PipelineCodec.MAX_TABLES,
                        (t, n) -> at(t, "nodes", 0).put("tables", map(n, i -> "t" + i, List.of())),
                        "f.ldnpipe: node 'dosing'.tables: 101 tables; the limit is 100"),
                new Limit("rows of a table", PipelineCodec.MAX_TABLE_ROWS,
                        (t, n) -> child(at(t, "nodes", 0), "tables").put("doses", list(n, i -> List.of(1.0 * i, 2.0))),
                        "f.ldnpipe: node 'dosing'.tables.doses: 100001 rows; the limit is 100000"),
                new Limit("numbers in a row", PipelineCodec.MAX_TABLE_COLUMNS,
                        (t, n) -> child(at(t, "nodes", 0), "tables").put("doses", List.of(List.of(1.0), list(n, i -> 1.0))),
                        "f.ldnpipe: node 'dosing'.tables.doses[1]: 101 numbers; the limit is 100"),
                new Limit("layout entries", PipelineCodec.MAX_LAYOUT_ENTRIES,
                        (t, n) -> t.put("layout", map(n, i -> "n" + i, List.of(1.0, 2.0))),
                        "f.ldnpipe: layout: 1001 entries; the limit is 1000"),
                new Limit("parameters of a scenario", PipelineCodec.MAX_PARAMETERS,
                        (t, n) -> at(t, "scenarios", 0).put("parameters", map(n, i -> "pk.p" + i, 1.0)),
                        "f.ldnpipe: scenario 'low'.parameters: 1001 parameters; the limit is 1000"),
                new Limit("parameters, tables and presets in all", PipelineCodec.MAX_SETTINGS, (t, n) -> {
                    t.remove("scenarios");
                    t.put("connections", List.of());
                    t.put("nodes", list((n + 999) / 1000, i -> Map.of("id", "n" + i, "mechanism", "test.gain",
                            "parameters", map(Math.min(1000, n - 1000 * i), k -> "p" + k, 1.0))));
                }, "f.ldnpipe: node 'n20'.parameters: with these, the nodes and scenarios set 20001 parameters, "
                        + "tables and presets in all; the limit is 20000"),
                new Limit("presets of a scenario", PipelineCodec.MAX_LAYOUT_ENTRIES,
                        (t, n) -> at(t, "scenarios", 1).put("presets", map(n, i -> "n" + i, "fast")),
                        "f.ldnpipe: scenario 'high'.presets: 1001 presets; the limit is 1000"));
    }

    private static String pipelineWith(Limit limit, int count) {
        Map<String, Object> tree = JsonTrees.parse(PipelineFiles.toText(HostileNamesTest.valid()));
        limit.filler().fill(tree, count);
        return JsonTrees.write(tree);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void oneMoreThanTheLimitIsRefusedNamingIt(Limit limit) {
        String text = pipelineWith(limit, limit.limit() + 1);
        String msg = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(PipelineFormatException.class,
                () -> PipelineFiles.read(new StringReader(text), "f.ldnpipe")).getMessage());
        assertTrue(msg.equals(limit.expected()), limit + ": " + msg);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void theLimitItselfIsRead(Limit limit) throws Exception {
        PipelineFiles.read(new StringReader(pipelineWith(limit, limit.limit())), "f.ldnpipe");
    }

    @Test
    void manyLongUnknownKeysGiveAShortMessage() {
        Map<String, Object> tree = JsonTrees.parse(PipelineFiles.toText(HostileNamesTest.valid()));
        for (int i = 0; i < 100; i++) {
            at(tree, "nodes", 1).put("k" + "x".repeat(200) + i, 1.0);
        }
        String text = JsonTrees.write(tree);
        String msg = assertThrows(PipelineFormatException.class,
                () -> PipelineFiles.read(new StringReader(text), "f.ldnpipe")).getMessage();
        assertTrue(msg.startsWith("f.ldnpipe: nodes[1]: unknown keys 'kxxx") && msg.contains(" and 97 more (allowed: "),
                msg);
        HostileNamesTest.assertShowable(msg);
    }
}
