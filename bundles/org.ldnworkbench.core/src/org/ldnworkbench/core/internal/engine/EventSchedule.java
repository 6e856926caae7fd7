package org.ldnworkbench.core.internal.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Events of one run, sorted by time (stable): time, target node, target input, value. */
public final class EventSchedule {
    private final double[] times;
    private final int[] nodes;
    private final int[] inputs;
    private final double[] values;

    private EventSchedule(double[] times, int[] nodes, int[] inputs, double[] values) {
        this.times = times;
        this.nodes = nodes;
        this.inputs = inputs;
        this.values = values;
    }

    public int size() { return times.length; }
    public double time(int i) { return times[i]; }
    public int node(int i) { return nodes[i]; }
    public int input(int i) { return inputs[i]; }
    public double value(int i) { return values[i]; }

    static final class Builder {
        private final List<double[]> rows = new ArrayList<>();

        void add(double time, int node, int input, double value) {
            rows.add(new double[] { time, node, input, value, rows.size() });
        }

        EventSchedule build() {
            rows.sort(Comparator.<double[]>comparingDouble(r -> r[0]).thenComparingDouble(r -> r[4]));
            int n = rows.size();
            double[] t = new double[n];
            int[] nd = new int[n];
            int[] in = new int[n];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                double[] r = rows.get(i);
                t[i] = r[0];
                nd[i] = (int) r[1];
                in[i] = (int) r[2];
                v[i] = r[3];
            }
            return new EventSchedule(t, nd, in, v);
        }
    }

    @Override
    public String toString() {
        return "EventSchedule" + Arrays.toString(times);
    }
}
