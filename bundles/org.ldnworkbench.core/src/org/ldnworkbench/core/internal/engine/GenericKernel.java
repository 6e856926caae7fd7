package org.ldnworkbench.core.internal.engine;

/**
 * Evaluates any plan by walking its index arrays in the per-output order. Used when no kernel could be generated for
 * the plan, and to locate a non-finite value (it records every output it computes) or a mechanism that throws (it
 * names the call).
 */
final class GenericKernel implements Kernel {
    private final Plan plan;
    private final RunBuffers b;

    GenericKernel(Plan plan, RunBuffers buffers) {
        this.plan = plan;
        this.b = buffers;
    }

    /** @throws MechanismFailureException when a mechanism throws, naming its node and the call */
    @Override
    public double derivatives(double t, double[] y, double[] yDot) {
        double check = outputs(t, y, plan.rhsEvalNode, plan.rhsEvalOutput);
        final Plan p = plan;
        int n = 0;
        try {
            for (; n < p.nodeIds.length; n++) {
                double[] d = b.dx[n];
                if (d.length == 0) {
                    continue;
                }
                b.calls.at(CallSlot.call(n, CallSlot.DERIVATIVES));
                p.mechanisms[n].derivatives(t, b.x[n], b.u[n], p.parameters[n], d);
                int off = p.stateOffset[n];
                for (int k = 0; k < d.length; k++) {
                    check += d[k] * 0;
                    yDot[off + k] = d[k];
                }
            }
        } catch (RuntimeException e) {
            throw new MechanismFailureException(n, "computing derivatives", t, e);
        }
        return check;
    }

    /** @throws MechanismFailureException when a mechanism throws, naming its node and the call */
    @Override
    public double outputs(double t, double[] y) {
        return outputs(t, y, plan.evalNode, plan.evalOutput);
    }

    private double outputs(double t, double[] y, int[] evalNode, int[] evalOutput) {
        final Plan p = plan;
        for (int n = 0; n < p.nodeIds.length; n++) {
            System.arraycopy(y, p.stateOffset[n], b.x[n], 0, p.stateCount[n]);
        }
        double check = 0;
        int i = 0;
        try {
            for (; i < evalNode.length; i++) {
                int n = evalNode[i];
                int k = evalOutput[i];
                b.calls.at(CallSlot.output(n, k));
                double v = p.mechanisms[n].output(k, t, b.x[n], b.u[n], p.parameters[n]);
                check += v * 0;
                int s = p.outOffset[n] + k;
                b.signals[s] = v;
                for (int f = p.fanStart[s]; f < p.fanStart[s + 1]; f++) {
                    b.u[p.fanNode[f]][p.fanInput[f]] = v;
                }
            }
        } catch (RuntimeException e) {
            int n = evalNode[i];
            throw new MechanismFailureException(n, "computing output '" + p.outputNames[n][evalOutput[i]] + "'", t, e);
        }
        return check;
    }
}
