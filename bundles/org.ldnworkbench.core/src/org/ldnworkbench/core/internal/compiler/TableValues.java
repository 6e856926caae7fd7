package org.ldnworkbench.core.internal.compiler;

import java.util.List;

import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.TableSpec;
import org.ldnworkbench.core.pipeline.Node;

/**
 * The table step: each node's table rows checked against their declaration (known table, at most
 * {@link PipelineCompiler#MAX_TABLE_ROWS} rows, the declared number of columns, each value within its column's
 * bounds); a table the node does not set is empty.
 */
final class TableValues {
    private TableValues() {
    }

    /** @return per node, per declared table, its rows; null for nodes of unknown mechanisms */
    static double[][][][] resolve(NodeTable table, List<Problem> problems) {
        double[][][][] tables = new double[table.size()][][][];
        for (int i = 0; i < table.size(); i++) {
            if (table.specs()[i] != null) {
                tables[i] = resolve(table.nodes().get(i), table.specs()[i], problems);
            }
        }
        return tables;
    }

    private static double[][][] resolve(Node node, MechanismSpec spec, List<Problem> problems) {
        double[][][] t = new double[spec.tables().size()][][];
        for (int k = 0; k < t.length; k++) {
            t[k] = new double[0][];
        }
        node.tables().forEach((name, rows) -> {
            int k = spec.tableIndex(name);
            if (k < 0) {
                problems.add(new Problem(node.id(), "tables." + name, "mechanism " + spec.id() + " has no table '"
                        + name + "'" + (spec.tables().isEmpty() ? "" : " (tables: " + String.join(", ",
                                spec.tables().stream().map(TableSpec::name).toList()) + ")")));
                return;
            }
            if (rows.length > PipelineCompiler.MAX_TABLE_ROWS) {
                problems.add(new Problem(node.id(), "tables." + name, "the table has " + rows.length
                        + " rows; the limit is " + PipelineCompiler.MAX_TABLE_ROWS));
                return;
            }
            if (rowsFit(node, name, spec.tables().get(k), rows, problems)) {
                t[k] = rows;
            }
        });
        return t;
    }

    /** @return whether every row has the declared columns, each value within its column's bounds */
    private static boolean rowsFit(Node node, String name, TableSpec table, double[][] rows, List<Problem> problems) {
        int cols = table.columns().size();
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                problems.add(new Problem(node.id(), "tables." + name + "[" + r + "]", "expected " + cols
                        + " numbers (" + table.header() + "), found " + rows[r].length));
                return false;
            }
            for (int c = 0; c < cols; c++) {
                if (rows[r][c] < table.min(c)) {
                    problems.add(new Problem(node.id(), "tables." + name + "[" + r + "][" + c + "]",
                            table.columns().get(c) + " = " + rows[r][c] + " is below its minimum " + table.min(c)));
                    return false;
                }
                if (rows[r][c] > table.max(c)) {
                    String unit = table.units().get(c);
                    problems.add(new Problem(node.id(), "tables." + name + "[" + r + "][" + c + "]", "table '"
                            + name + "', row " + r + ", column '" + table.columns().get(c) + "': "
                            + rows[r][c] + " " + unit + " is above its maximum " + table.max(c) + " " + unit));
                    return false;
                }
            }
        }
        return true;
    }
}
