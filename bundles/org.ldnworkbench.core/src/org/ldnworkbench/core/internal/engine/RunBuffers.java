package org.ldnworkbench.core.internal.engine;

/**
 * The scratch arrays of one run, shared by the kernels that evaluate it: per node its states, inputs and
 * derivatives in the mechanism's own numbering, the value of every output port ({@code signals}, output k of
 * node n at {@code plan.outOffset[n] + k}), and the call in progress for the watchdog ({@code calls}).
 */
final class RunBuffers {
    final double[][] x;
    final double[][] u;
    final double[][] dx;
    final double[] signals;
    final CallSlot calls = new CallSlot();

    RunBuffers(Plan plan) {
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
    }
}
