package org.ldnworkbench.core.internal.engine;

/**
 * Evaluates any plan by walking its index arrays in the per-output order. Used when no kernel could be generated for
 * the plan, and to locate a non-finite value (it records every output it computes).
 */
final class GenericKernel implements Kernel {
    private final Plan plan;
    private final RunBuffers b;

    GenericKernel(Plan plan, RunBuffers buffers) {
        this.plan = plan;
        this.b = buffers;
    }

    @Override
    public double derivatives(double t, double[] y, double[] yDot) {
        double check = outputs(t, y, plan.rhsEvalNode, plan.rhsEvalOutput);
        final Plan p = plan;
        for (int n = 0; n < p.nodeIds.length; n++) {
            double[] d = b.dx[n];
            if (d.length == 0) {
                continue;
            }
            p.mechanisms[n].derivatives(t, b.x[n], b.u[n], p.parameters[n], d);
            int off = p.stateOffset[n];
            for (int k = 0; k < d.length; k++) {
                check += d[k] * 0;
                yDot[off + k] = d[k];
            }
        }
        return check;
    }

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
        for (int i = 0; i < evalNode.length; i++) {
            int n = evalNode[i];
            int k = evalOutput[i];
            double v = p.mechanisms[n].output(k, t, b.x[n], b.u[n], p.parameters[n]);
            check += v * 0;
            int s = p.outOffset[n] + k;
            b.signals[s] = v;
            for (int f = p.fanStart[s]; f < p.fanStart[s + 1]; f++) {
                b.u[p.fanNode[f]][p.fanInput[f]] = v;
            }
        }
        return check;
    }

    /**
     * Repeats the evaluation at (t, y) one mechanism call at a time, as the right-hand side makes them.
     *
     * @return the failure of the first call that throws, or null when none does
     */
    MechanismFailureException firstFailure(double t, double[] y) {
        final Plan p = plan;
        for (int n = 0; n < p.nodeIds.length; n++) {
            System.arraycopy(y, p.stateOffset[n], b.x[n], 0, p.stateCount[n]);
        }
        for (int i = 0; i < p.evalNode.length; i++) {
            int n = p.evalNode[i];
            int k = p.evalOutput[i];
            double v;
            try {
                v = p.mechanisms[n].output(k, t, b.x[n], b.u[n], p.parameters[n]);
            } catch (RuntimeException e) {
                return new MechanismFailureException(n, "computing output '" + p.outputNames[n][k] + "'", t, e);
            }
            int s = p.outOffset[n] + k;
            for (int f = p.fanStart[s]; f < p.fanStart[s + 1]; f++) {
                b.u[p.fanNode[f]][p.fanInput[f]] = v;
            }
        }
        for (int n = 0; n < p.nodeIds.length; n++) {
            if (b.dx[n].length > 0) {
                try {
                    p.mechanisms[n].derivatives(t, b.x[n], b.u[n], p.parameters[n], b.dx[n]);
                } catch (RuntimeException e) {
                    return new MechanismFailureException(n, "computing derivatives", t, e);
                }
            }
        }
        return null;
    }
}
