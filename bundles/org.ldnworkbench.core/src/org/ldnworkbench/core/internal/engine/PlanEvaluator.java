package org.ldnworkbench.core.internal.engine;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.ldnworkbench.core.mechanism.Mechanism;

/**
 * The right-hand side of a compiled pipeline, with the scratch buffers of one run. Not thread-safe: one evaluator
 * per run; the {@link Plan} itself is shared. {@link #computeDerivatives} allocates nothing.
 */
public final class PlanEvaluator implements FirstOrderDifferentialEquations {
    private final Plan plan;
    private final double[][] x;
    private final double[][] u;
    private final double[][] dx;
    private final double[] signals;

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
    }

    public Plan plan() {
        return plan;
    }

    @Override
    public int getDimension() {
        return plan.stateTotal;
    }

    /**
     * Computes continuous outputs at (t, y) into the signal array, in evaluation order: every output, or only those
     * some input reads (all the right-hand side needs).
     */
    private void evaluateOutputs(double t, double[] y, int[] evalNode, int[] evalOutput) {
        final Plan p = plan;
        final int nodes = p.nodeIds.length;
        for (int n = 0; n < nodes; n++) {
            System.arraycopy(y, p.stateOffset[n], x[n], 0, p.stateCount[n]);
        }
        final int[] fanStart = p.fanStart;
        final int[] fanNode = p.fanNode;
        final int[] fanInput = p.fanInput;
        for (int i = 0; i < evalNode.length; i++) {
            int n = evalNode[i];
            int k = evalOutput[i];
            double v = p.mechanisms[n].output(k, t, x[n], u[n], p.parameters[n]);
            if (!(Math.abs(v) <= Double.MAX_VALUE)) {
                throw new NonFiniteValueException(n, "output '" + outputName(n, k) + "'", t);
            }
            int s = p.outOffset[n] + k;
            signals[s] = v;
            for (int f = fanStart[s]; f < fanStart[s + 1]; f++) {
                u[fanNode[f]][fanInput[f]] = v;
            }
        }
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
        evaluateOutputs(t, y, plan.rhsEvalNode, plan.rhsEvalOutput);
        final Plan p = plan;
        final int nodes = p.nodeIds.length;
        for (int n = 0; n < nodes; n++) {
            int count = p.stateCount[n];
            if (count == 0) {
                continue;
            }
            double[] d = dx[n];
            p.mechanisms[n].derivatives(t, x[n], u[n], p.parameters[n], d);
            int off = p.stateOffset[n];
            for (int k = 0; k < count; k++) {
                double v = d[k];
                if (!(Math.abs(v) <= Double.MAX_VALUE)) {
                    throw new NonFiniteValueException(n, "derivative of state '" + p.stateNames[n][k] + "'", t);
                }
                yDot[off + k] = v;
            }
        }
    }

    /**
     * Computes the recorded outputs at (t, y).
     *
     * @param row receives one value per column
     */
    public void outputs(double t, double[] y, double[] row) {
        evaluateOutputs(t, y, plan.evalNode, plan.evalOutput);
        final Plan p = plan;
        for (int c = 0; c < row.length; c++) {
            row[c] = signals[p.outOffset[p.columnNode[c]] + p.columnOutput[c]];
        }
    }

    /** Applies one event of the schedule to the state vector {@code y} in place. */
    public void applyEvent(EventSchedule s, int i, double[] y) {
        int n = s.node(i);
        int off = plan.stateOffset[n];
        int count = plan.stateCount[n];
        System.arraycopy(y, off, x[n], 0, count);
        Mechanism m = plan.mechanisms[n];
        m.applyEvent(s.input(i), s.value(i), x[n], plan.parameters[n]);
        for (int k = 0; k < count; k++) {
            if (!Double.isFinite(x[n][k])) {
                throw new NonFiniteValueException(n, "state '" + plan.stateNames[n][k] + "' after an event", s.time(i));
            }
        }
        System.arraycopy(x[n], 0, y, off, count);
    }

    private String outputName(int node, int output) {
        return plan.outputNames[node][output];
    }
}
