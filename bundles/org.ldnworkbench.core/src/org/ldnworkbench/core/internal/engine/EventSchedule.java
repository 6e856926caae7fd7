package org.ldnworkbench.core.internal.engine;

import java.util.Arrays;
import java.util.Comparator;

/** Events of one run, sorted by time (stable): time, target node, target input, value. */
public final class EventSchedule {
    /**
     * Most events one run may emit, counted over every event source before any is kept: five times what the largest
     * regimen a dosing node accepts (100,000 doses plus a 100,000-row dose list) can give. Each event stops and
     * restarts the integrator and is held in memory (24 bytes) until the run ends, so a source emitting without end
     * (or a hostile one) is stopped here rather than by the memory running out.
     */
    public static final int MAX_EVENTS = 1_000_000;

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

    /** Collects events in emission order, in primitive arrays grown by doubling; sorts them once. */
    static final class Builder {
        private double[] times = new double[16];
        private int[] nodes = new int[16];
        private int[] inputs = new int[16];
        private double[] values = new double[16];
        private int size;

        void add(double time, int node, int input, double value) {
            if (size == times.length) {
                int grown = 2 * size;
                times = Arrays.copyOf(times, grown);
                nodes = Arrays.copyOf(nodes, grown);
                inputs = Arrays.copyOf(inputs, grown);
                values = Arrays.copyOf(values, grown);
            }
            times[size] = time;
            nodes[size] = node;
            inputs[size] = input;
            values[size] = value;
            size++;
        }

        /** @return the events sorted by time; events at equal times keep their emission order (a stable sort) */
        EventSchedule build() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> times[i]));
            double[] t = new double[size];
            int[] nd = new int[size];
            int[] in = new int[size];
            double[] v = new double[size];
            for (int i = 0; i < size; i++) {
                int k = order[i];
                t[i] = times[k];
                nd[i] = nodes[k];
                in[i] = inputs[k];
                v[i] = values[k];
            }
            return new EventSchedule(t, nd, in, v);
        }
    }

    @Override
    public String toString() {
        return "EventSchedule" + Arrays.toString(times);
    }
}
