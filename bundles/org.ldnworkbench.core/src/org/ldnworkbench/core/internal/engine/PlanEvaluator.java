package org.ldnworkbench.core.internal.engine;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.ldnworkbench.core.mechanism.Mechanism;

/**
 * The right-hand side of a compiled pipeline, with the scratch buffers of one run. Not thread-safe: one evaluator
 * per run; the {@link Plan} itself is shared. {@link #computeDerivatives} allocates nothing.
 * <p>
 * When the plan has a node-level order (the usual case), the first 12 nodes are evaluated through one method and
 * one call site per slot: each call site then sees a single mechanism class for a given pipeline, so the JIT
 * inlines the mechanisms' code as if the pipeline had been written by hand. Further nodes, and plans that need the
 * per-output order, go through the generic loops. Outputs are pushed straight into the input buffers of the nodes
 * that read them. Non-finite values are detected by one accumulated sum per call and only then located.
 */
public final class PlanEvaluator implements FirstOrderDifferentialEquations {
    /** Node slots with their own call sites. */
    static final int UNROLLED = 12;

    private final Plan plan;
    private final double[][] x;
    private final double[][] u;
    private final double[][] dx;
    private final double[] signals;
    private final int slots;
    /** Destinations of the right-hand side's outputs and of all outputs, by position in the slot order. */
    private final Fanout rhsFan;
    private final Fanout allFan;

    /**
     * Where each evaluated output goes, by its position j in a slot order: the input buffers that read it
     * ({@code into[f][at[f]]} for f in {@code start[j] .. start[j+1]}) and, when recording, its signal slot.
     * Direct array references keep the stores free of dependent index look-ups.
     */
    private static final class Fanout {
        final int[] start;
        final double[][] into;
        final int[] at;
        final int[] signal;
        final boolean record;

        Fanout(Plan p, int[] slotStart, int[] slotOutputs, double[][] u, boolean record) {
            this.record = record;
            int n = slotOutputs.length;
            start = new int[n + 1];
            signal = new int[n];
            int total = 0;
            for (int slot = 0, j = 0; slot < p.slotNode.length; slot++) {
                for (; j < slotStart[slot + 1]; j++) {
                    int s = p.outOffset[p.slotNode[slot]] + slotOutputs[j];
                    signal[j] = s;
                    total += p.fanStart[s + 1] - p.fanStart[s];
                }
            }
            into = new double[total][];
            at = new int[total];
            int w = 0;
            for (int j = 0; j < n; j++) {
                start[j] = w;
                int s = signal[j];
                for (int f = p.fanStart[s]; f < p.fanStart[s + 1]; f++) {
                    into[w] = u[p.fanNode[f]];
                    at[w++] = p.fanInput[f];
                }
            }
            start[n] = w;
        }

        void publish(int j, double v, double[] signals) {
            if (record) {
                signals[signal[j]] = v;
            }
            for (int f = start[j]; f < start[j + 1]; f++) {
                into[f][at[f]] = v;
            }
        }
    }
    private final Mechanism m0;
    private final double[] x0, u0, p0, d0;
    private final int off0;
    private final Mechanism m1;
    private final double[] x1, u1, p1, d1;
    private final int off1;
    private final Mechanism m2;
    private final double[] x2, u2, p2, d2;
    private final int off2;
    private final Mechanism m3;
    private final double[] x3, u3, p3, d3;
    private final int off3;
    private final Mechanism m4;
    private final double[] x4, u4, p4, d4;
    private final int off4;
    private final Mechanism m5;
    private final double[] x5, u5, p5, d5;
    private final int off5;
    private final Mechanism m6;
    private final double[] x6, u6, p6, d6;
    private final int off6;
    private final Mechanism m7;
    private final double[] x7, u7, p7, d7;
    private final int off7;
    private final Mechanism m8;
    private final double[] x8, u8, p8, d8;
    private final int off8;
    private final Mechanism m9;
    private final double[] x9, u9, p9, d9;
    private final int off9;
    private final Mechanism m10;
    private final double[] x10, u10, p10, d10;
    private final int off10;
    private final Mechanism m11;
    private final double[] x11, u11, p11, d11;
    private final int off11;

    public PlanEvaluator(Plan plan) {
        this.plan = plan;
        int n = plan.nodeIds.length;
        x = new double[n][];
        u = new double[n][];
        dx = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[plan.stateCount[i]];
            dx[i] = new double[plan.stateCount[i]];
            u[i] = new double[plan.inputSource[i].length];
        }
        signals = new double[plan.signalCount];
        slots = plan.slotNode == null ? 0 : Math.min(UNROLLED, n);
        rhsFan = plan.slotNode == null ? null : new Fanout(plan, plan.rhsSlotStart, plan.rhsSlotOutputs, u, false);
        allFan = plan.slotNode == null ? null : new Fanout(plan, plan.allSlotStart, plan.allSlotOutputs, u, true);
        m0 = slots > 0 ? plan.mechanisms[node(0)] : null;
        x0 = slots > 0 ? x[node(0)] : null;
        u0 = slots > 0 ? u[node(0)] : null;
        p0 = slots > 0 ? plan.parameters[node(0)] : null;
        d0 = slots > 0 ? dx[node(0)] : null;
        off0 = slots > 0 ? plan.stateOffset[node(0)] : 0;
        m1 = slots > 1 ? plan.mechanisms[node(1)] : null;
        x1 = slots > 1 ? x[node(1)] : null;
        u1 = slots > 1 ? u[node(1)] : null;
        p1 = slots > 1 ? plan.parameters[node(1)] : null;
        d1 = slots > 1 ? dx[node(1)] : null;
        off1 = slots > 1 ? plan.stateOffset[node(1)] : 0;
        m2 = slots > 2 ? plan.mechanisms[node(2)] : null;
        x2 = slots > 2 ? x[node(2)] : null;
        u2 = slots > 2 ? u[node(2)] : null;
        p2 = slots > 2 ? plan.parameters[node(2)] : null;
        d2 = slots > 2 ? dx[node(2)] : null;
        off2 = slots > 2 ? plan.stateOffset[node(2)] : 0;
        m3 = slots > 3 ? plan.mechanisms[node(3)] : null;
        x3 = slots > 3 ? x[node(3)] : null;
        u3 = slots > 3 ? u[node(3)] : null;
        p3 = slots > 3 ? plan.parameters[node(3)] : null;
        d3 = slots > 3 ? dx[node(3)] : null;
        off3 = slots > 3 ? plan.stateOffset[node(3)] : 0;
        m4 = slots > 4 ? plan.mechanisms[node(4)] : null;
        x4 = slots > 4 ? x[node(4)] : null;
        u4 = slots > 4 ? u[node(4)] : null;
        p4 = slots > 4 ? plan.parameters[node(4)] : null;
        d4 = slots > 4 ? dx[node(4)] : null;
        off4 = slots > 4 ? plan.stateOffset[node(4)] : 0;
        m5 = slots > 5 ? plan.mechanisms[node(5)] : null;
        x5 = slots > 5 ? x[node(5)] : null;
        u5 = slots > 5 ? u[node(5)] : null;
        p5 = slots > 5 ? plan.parameters[node(5)] : null;
        d5 = slots > 5 ? dx[node(5)] : null;
        off5 = slots > 5 ? plan.stateOffset[node(5)] : 0;
        m6 = slots > 6 ? plan.mechanisms[node(6)] : null;
        x6 = slots > 6 ? x[node(6)] : null;
        u6 = slots > 6 ? u[node(6)] : null;
        p6 = slots > 6 ? plan.parameters[node(6)] : null;
        d6 = slots > 6 ? dx[node(6)] : null;
        off6 = slots > 6 ? plan.stateOffset[node(6)] : 0;
        m7 = slots > 7 ? plan.mechanisms[node(7)] : null;
        x7 = slots > 7 ? x[node(7)] : null;
        u7 = slots > 7 ? u[node(7)] : null;
        p7 = slots > 7 ? plan.parameters[node(7)] : null;
        d7 = slots > 7 ? dx[node(7)] : null;
        off7 = slots > 7 ? plan.stateOffset[node(7)] : 0;
        m8 = slots > 8 ? plan.mechanisms[node(8)] : null;
        x8 = slots > 8 ? x[node(8)] : null;
        u8 = slots > 8 ? u[node(8)] : null;
        p8 = slots > 8 ? plan.parameters[node(8)] : null;
        d8 = slots > 8 ? dx[node(8)] : null;
        off8 = slots > 8 ? plan.stateOffset[node(8)] : 0;
        m9 = slots > 9 ? plan.mechanisms[node(9)] : null;
        x9 = slots > 9 ? x[node(9)] : null;
        u9 = slots > 9 ? u[node(9)] : null;
        p9 = slots > 9 ? plan.parameters[node(9)] : null;
        d9 = slots > 9 ? dx[node(9)] : null;
        off9 = slots > 9 ? plan.stateOffset[node(9)] : 0;
        m10 = slots > 10 ? plan.mechanisms[node(10)] : null;
        x10 = slots > 10 ? x[node(10)] : null;
        u10 = slots > 10 ? u[node(10)] : null;
        p10 = slots > 10 ? plan.parameters[node(10)] : null;
        d10 = slots > 10 ? dx[node(10)] : null;
        off10 = slots > 10 ? plan.stateOffset[node(10)] : 0;
        m11 = slots > 11 ? plan.mechanisms[node(11)] : null;
        x11 = slots > 11 ? x[node(11)] : null;
        u11 = slots > 11 ? u[node(11)] : null;
        p11 = slots > 11 ? plan.parameters[node(11)] : null;
        d11 = slots > 11 ? dx[node(11)] : null;
        off11 = slots > 11 ? plan.stateOffset[node(11)] : 0;
    }

    private int node(int slot) {
        return plan.slotNode[slot];
    }

    public Plan plan() {
        return plan;
    }

    @Override
    public int getDimension() {
        return plan.stateTotal;
    }

    /** Stores output k of node n and pushes it to the inputs it feeds. */
    private void publish(int n, int k, double v) {
        final Plan p = plan;
        int s = p.outOffset[n] + k;
        signals[s] = v;
        final int[] fanNode = p.fanNode;
        final int[] fanInput = p.fanInput;
        for (int f = p.fanStart[s]; f < p.fanStart[s + 1]; f++) {
            u[fanNode[f]][fanInput[f]] = v;
        }
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
        final Plan p = plan;
        double check;
        if (p.slotNode != null) {
            check = slotOutputs(t, y, p.rhsSlotStart, p.rhsSlotOutputs, rhsFan);
            check += slotDerivatives(t, yDot);
        } else {
            check = genericOutputs(t, y, p.rhsEvalNode, p.rhsEvalOutput);
            check += genericDerivatives(t, yDot, 0);
        }
        if (check != 0) {
            locateNonFinite(t, true);
        }
    }

    /**
     * Computes the recorded outputs at (t, y).
     *
     * @param row receives one value per column
     */
    public void outputs(double t, double[] y, double[] row) {
        final Plan p = plan;
        double check = p.slotNode != null ? slotOutputs(t, y, p.allSlotStart, p.allSlotOutputs, allFan)
                : genericOutputs(t, y, p.evalNode, p.evalOutput);
        if (check != 0) {
            locateNonFinite(t, false);
        }
        for (int c = 0; c < row.length; c++) {
            row[c] = signals[p.outOffset[p.columnNode[c]] + p.columnOutput[c]];
        }
    }

    private double slotOutputs(double t, double[] y, int[] start, int[] outs, Fanout fan) {
        double check = 0;
        if (slots > 0) {
            check += outputs0(t, y, start, outs, fan);
        }
        if (slots > 1) {
            check += outputs1(t, y, start, outs, fan);
        }
        if (slots > 2) {
            check += outputs2(t, y, start, outs, fan);
        }
        if (slots > 3) {
            check += outputs3(t, y, start, outs, fan);
        }
        if (slots > 4) {
            check += outputs4(t, y, start, outs, fan);
        }
        if (slots > 5) {
            check += outputs5(t, y, start, outs, fan);
        }
        if (slots > 6) {
            check += outputs6(t, y, start, outs, fan);
        }
        if (slots > 7) {
            check += outputs7(t, y, start, outs, fan);
        }
        if (slots > 8) {
            check += outputs8(t, y, start, outs, fan);
        }
        if (slots > 9) {
            check += outputs9(t, y, start, outs, fan);
        }
        if (slots > 10) {
            check += outputs10(t, y, start, outs, fan);
        }
        if (slots > 11) {
            check += outputs11(t, y, start, outs, fan);
        }
        for (int slot = slots; slot < plan.slotNode.length; slot++) {
            int n = plan.slotNode[slot];
            copyState(n, y);
            for (int j = start[slot]; j < start[slot + 1]; j++) {
                int k = outs[j];
                double v = plan.mechanisms[n].output(k, t, x[n], u[n], plan.parameters[n]);
                check += v * 0;
                fan.publish(j, v, signals);
            }
        }
        return check;
    }

    private double slotDerivatives(double t, double[] yDot) {
        double check = 0;
        if (slots > 0) {
            check += derivatives0(t, yDot);
        }
        if (slots > 1) {
            check += derivatives1(t, yDot);
        }
        if (slots > 2) {
            check += derivatives2(t, yDot);
        }
        if (slots > 3) {
            check += derivatives3(t, yDot);
        }
        if (slots > 4) {
            check += derivatives4(t, yDot);
        }
        if (slots > 5) {
            check += derivatives5(t, yDot);
        }
        if (slots > 6) {
            check += derivatives6(t, yDot);
        }
        if (slots > 7) {
            check += derivatives7(t, yDot);
        }
        if (slots > 8) {
            check += derivatives8(t, yDot);
        }
        if (slots > 9) {
            check += derivatives9(t, yDot);
        }
        if (slots > 10) {
            check += derivatives10(t, yDot);
        }
        if (slots > 11) {
            check += derivatives11(t, yDot);
        }
        return check + genericDerivatives(t, yDot, slots);
    }

    private double outputs0(double t, double[] y, int[] start, int[] outs, Fanout fan) {
        final double[] xs = x0;
        for (int k = 0; k < xs.length; k++) {
            xs[k] = y[off0 + k];
        }
        double check = 0;
        for (int j = start[0]; j < start[0 + 1]; j++) {
            int k = outs[j];
            double v = m0.output(k, t, xs, u0, p0);
            check += v * 0;
            fan.publish(j, v, signals);
        }
        return check;
    }

    private double derivatives0(double t, double[] yDot) {
        final double[] d = d0;
        if (d.length == 0) {
            return 0;
        }
        m0.derivatives(t, x0, u0, p0, d);
        double check = 0;
        for (int k = 0; k < d.length; k++) {
            check += d[k] * 0;
            yDot[off0 + k] = d[k];
        }
        return check;
    }

    private double outputs1(double t, double[] y, int[] start, int[] outs, Fanout fan) {
        final double[] xs = x1;
        for (int k = 0; k < xs.length; k++) {
            xs[k] = y[off1 + k];
        }
        double check = 0;
        for (int j = start[1]; j < start[1 + 1]; j++) {
            int k = outs[j];
            double v = m1.output(k, t, xs, u1, p1);
            check += v * 0;
            fan.publish(j, v, signals);
        }
        return check;
    }

    private double derivatives1(double t, double[] yDot) {
        final double[] d = d1;
        if (d.length == 0) {
            return 0;
        }
        m1.derivatives(t, x1, u1, p1, d);
        double check = 0;
        for (int k = 0; k < d.length; k++) {
            check += d[k] * 0;
            yDot[off1 + k] = d[k];
        }
        return check;
    }

    private double outputs2(double t, double[] y, int[] start, int[] outs, Fanout fan) {
        final double[] xs = x2;
        for (int k = 0; k < xs.length; k++) {
            xs[k] = y[off2 + k];
        }
        double check = 0;
        for (int j = start[2]; j < start[2 + 1]; j++) {
            int k = outs[j];
            double v = m2.output(k, t, xs, u2, p2);
            check += v * 0;
            fan.publish(j, v, signals);
        }
        return check;
    }

    private double derivatives2(double t, double[] yDot) {
        final double[] d = d2;
        if (d.length == 0) {
            return 0;
        }
        m2.derivatives(t, x2, u2, p2, d);
        double check = 0;
        for (int k = 0; k < d.length; k++) {
            check += d[k] * 0;
            yDot[off2 + k] = d[k];
        }
        return check;
    }

    private double outputs3(double t, double[] y, int[] start, int[] outs, Fanout fan) {
        final double[] xs = x3;
        for (int k = 0; k < xs.length; k++) {
            xs[k] = y[off3 + k];
        }
        double check = 0;
        for (int j = start[3]; j < start[3 + 1]; j++) {
            int k = outs[j];
            double v = m3.output(k, t, xs, u3, p3);
            check += v * 0;
            fan.publish(j, v, signals);
        }
        return check;
    }

    private double derivatives3(double t, double[] yDot) {
        final double[] d = d3;
        if (d.length == 0) {
            return 0;
        }
        m3.derivatives(t, x3, u3, p3, d);
        double check = 0;
        for (int k = 0; k < d.length; k++) {
            check += d[k] * 0;
            yDot[off3 + k] = d[k];
        }
        return check;
    }

    private double outputs4(double t, double[] y, int[] start, int[] outs, Fanout fan) {
        final double[] xs = x4;
        for (int k = 0; k < xs.length; k++) {
            xs[k] = y[off4 + k];
        }
        double check = 0;
        for (int j = start[4]; j < start[4 + 1]; j++) {
            int k = outs[j];
            double v = m4.output(k, t, xs, u4, p4);
            check += v * 0;
            fan.publish(j, v, signals);
        }
        return check;
    }

    private double derivatives4(double t, double[] yDot) {
        final double[] d = d4;
        if (d.length == 0) {
            return 0;
        }
        m4.derivatives(t, x4, u4, p4, d);
        double check = 0;
        for (int k = 0; k < d.length; k++) {
            check += d[k] * 0;
            yDot[off4 + k] = d[k];
        }
        return check;
    }

    private double outputs5(double t, double[] y, int[] start, int[] outs, Fanout fan) {
        final double[] xs = x5;
        for (int k = 0; k < xs.length; k++) {
            xs[k] = y[off5 + k];
        }
        double check = 0;
        for (int j = start[5]; j < start[5 + 1]; j++) {
            int k = outs[j];
            double v = m5.output(k, t, xs, u5, p5);
            check += v * 0;
            fan.publish(j, v, signals);
        }
        return check;
    }

    private double derivatives5(double t, double[] yDot) {
        final double[] d = d5;
        if (d.length == 0) {
            return 0;
        }
        m5.derivatives(t, x5, u5, p5, d);
        double check = 0;
        for (int k = 0; k < d.length; k++) {
            check += d[k] * 0;
            yDot[off5 + k] = d[k];
        }
        return check;
    }

    private double outputs6(double t, double[] y, int[] start, int[] outs, Fanout fan) {
        final double[] xs = x6;
        for (int k = 0; k < xs.length; k++) {
            xs[k] = y[off6 + k];
        }
        double check = 0;
        for (int j = start[6]; j < start[6 + 1]; j++) {
            int k = outs[j];
            double v = m6.output(k, t, xs, u6, p6);
            check += v * 0;
            fan.publish(j, v, signals);
        }
        return check;
    }

    private double derivatives6(double t, double[] yDot) {
        final double[] d = d6;
        if (d.length == 0) {
            return 0;
        }
        m6.derivatives(t, x6, u6, p6, d);
        double check = 0;
        for (int k = 0; k < d.length; k++) {
            check += d[k] * 0;
            yDot[off6 + k] = d[k];
        }
        return check;
    }

    private double outputs7(double t, double[] y, int[] start, int[] outs, Fanout fan) {
        final double[] xs = x7;
        for (int k = 0; k < xs.length; k++) {
            xs[k] = y[off7 + k];
        }
        double check = 0;
        for (int j = start[7]; j < start[7 + 1]; j++) {
            int k = outs[j];
            double v = m7.output(k, t, xs, u7, p7);
            check += v * 0;
            fan.publish(j, v, signals);
        }
        return check;
    }

    private double derivatives7(double t, double[] yDot) {
        final double[] d = d7;
        if (d.length == 0) {
            return 0;
        }
        m7.derivatives(t, x7, u7, p7, d);
        double check = 0;
        for (int k = 0; k < d.length; k++) {
            check += d[k] * 0;
            yDot[off7 + k] = d[k];
        }
        return check;
    }

    private double outputs8(double t, double[] y, int[] start, int[] outs, Fanout fan) {
        final double[] xs = x8;
        for (int k = 0; k < xs.length; k++) {
            xs[k] = y[off8 + k];
        }
        double check = 0;
        for (int j = start[8]; j < start[8 + 1]; j++) {
            int k = outs[j];
            double v = m8.output(k, t, xs, u8, p8);
            check += v * 0;
            fan.publish(j, v, signals);
        }
        return check;
    }

    private double derivatives8(double t, double[] yDot) {
        final double[] d = d8;
        if (d.length == 0) {
            return 0;
        }
        m8.derivatives(t, x8, u8, p8, d);
        double check = 0;
        for (int k = 0; k < d.length; k++) {
            check += d[k] * 0;
            yDot[off8 + k] = d[k];
        }
        return check;
    }

    private double outputs9(double t, double[] y, int[] start, int[] outs, Fanout fan) {
        final double[] xs = x9;
        for (int k = 0; k < xs.length; k++) {
            xs[k] = y[off9 + k];
        }
        double check = 0;
        for (int j = start[9]; j < start[9 + 1]; j++) {
            int k = outs[j];
            double v = m9.output(k, t, xs, u9, p9);
            check += v * 0;
            fan.publish(j, v, signals);
        }
        return check;
    }

    private double derivatives9(double t, double[] yDot) {
        final double[] d = d9;
        if (d.length == 0) {
            return 0;
        }
        m9.derivatives(t, x9, u9, p9, d);
        double check = 0;
        for (int k = 0; k < d.length; k++) {
            check += d[k] * 0;
            yDot[off9 + k] = d[k];
        }
        return check;
    }

    private double outputs10(double t, double[] y, int[] start, int[] outs, Fanout fan) {
        final double[] xs = x10;
        for (int k = 0; k < xs.length; k++) {
            xs[k] = y[off10 + k];
        }
        double check = 0;
        for (int j = start[10]; j < start[10 + 1]; j++) {
            int k = outs[j];
            double v = m10.output(k, t, xs, u10, p10);
            check += v * 0;
            fan.publish(j, v, signals);
        }
        return check;
    }

    private double derivatives10(double t, double[] yDot) {
        final double[] d = d10;
        if (d.length == 0) {
            return 0;
        }
        m10.derivatives(t, x10, u10, p10, d);
        double check = 0;
        for (int k = 0; k < d.length; k++) {
            check += d[k] * 0;
            yDot[off10 + k] = d[k];
        }
        return check;
    }

    private double outputs11(double t, double[] y, int[] start, int[] outs, Fanout fan) {
        final double[] xs = x11;
        for (int k = 0; k < xs.length; k++) {
            xs[k] = y[off11 + k];
        }
        double check = 0;
        for (int j = start[11]; j < start[11 + 1]; j++) {
            int k = outs[j];
            double v = m11.output(k, t, xs, u11, p11);
            check += v * 0;
            fan.publish(j, v, signals);
        }
        return check;
    }

    private double derivatives11(double t, double[] yDot) {
        final double[] d = d11;
        if (d.length == 0) {
            return 0;
        }
        m11.derivatives(t, x11, u11, p11, d);
        double check = 0;
        for (int k = 0; k < d.length; k++) {
            check += d[k] * 0;
            yDot[off11 + k] = d[k];
        }
        return check;
    }

    private void copyState(int n, double[] y) {
        final double[] xn = x[n];
        final int off = plan.stateOffset[n];
        for (int k = 0; k < xn.length; k++) {
            xn[k] = y[off + k];
        }
    }

    /** Per-output order, for plans without a node-level order. */
    private double genericOutputs(double t, double[] y, int[] evalNode, int[] evalOutput) {
        for (int n = 0; n < x.length; n++) {
            copyState(n, y);
        }
        double check = 0;
        for (int i = 0; i < evalNode.length; i++) {
            int n = evalNode[i];
            int k = evalOutput[i];
            double v = plan.mechanisms[n].output(k, t, x[n], u[n], plan.parameters[n]);
            check += v * 0;
            publish(n, k, v);
        }
        return check;
    }

    /** Derivatives of the nodes in slots from {@code firstSlot} on (all nodes when there are no slots). */
    private double genericDerivatives(double t, double[] yDot, int firstSlot) {
        final Plan p = plan;
        double check = 0;
        int count = p.slotNode == null ? x.length : p.slotNode.length;
        for (int i = p.slotNode == null ? 0 : firstSlot; i < count; i++) {
            int n = p.slotNode == null ? i : p.slotNode[i];
            double[] d = dx[n];
            if (d.length == 0) {
                continue;
            }
            p.mechanisms[n].derivatives(t, x[n], u[n], p.parameters[n], d);
            int off = p.stateOffset[n];
            for (int k = 0; k < d.length; k++) {
                check += d[k] * 0;
                yDot[off + k] = d[k];
            }
        }
        return check;
    }

    /** Names the first output or derivative that is not finite; called only once the sum check failed. */
    private void locateNonFinite(double t, boolean derivatives) {
        final Plan p = plan;
        for (int n = 0; n < p.nodeIds.length; n++) {
            for (int k = 0; k < p.outputNames[n].length; k++) {
                if (!Double.isFinite(signals[p.outOffset[n] + k])) {
                    throw new NonFiniteValueException(n, "output '" + p.outputNames[n][k] + "'", t);
                }
            }
        }
        if (derivatives) {
            for (int n = 0; n < p.nodeIds.length; n++) {
                for (int k = 0; k < dx[n].length; k++) {
                    if (!Double.isFinite(dx[n][k])) {
                        throw new NonFiniteValueException(n, "derivative of state '" + p.stateNames[n][k] + "'", t);
                    }
                }
            }
        }
        throw new IllegalStateException("non-finite value at t = " + t + " h could not be located");
    }

    /** Applies one event of the schedule to the state vector {@code y} in place. */
    public void applyEvent(EventSchedule s, int i, double[] y) {
        int n = s.node(i);
        int off = plan.stateOffset[n];
        int count = plan.stateCount[n];
        System.arraycopy(y, off, x[n], 0, count);
        plan.mechanisms[n].applyEvent(s.input(i), s.value(i), x[n], plan.parameters[n]);
        for (int k = 0; k < count; k++) {
            if (!Double.isFinite(x[n][k])) {
                throw new NonFiniteValueException(n, "state '" + plan.stateNames[n][k] + "' after an event", s.time(i));
            }
        }
        System.arraycopy(x[n], 0, y, off, count);
    }
}
