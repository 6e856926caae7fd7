package org.ldnworkbench.core.internal.engine;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;

/**
 * The right-hand side of a compiled pipeline, with the scratch buffers of one run. Not thread-safe: one evaluator
 * per run; the {@link Plan} itself is shared. {@link #computeDerivatives} allocates nothing.
 * <p>
 * The evaluation itself is a {@link Kernel}: code generated for the pipeline's structure ({@link KernelGenerator})
 * when the plan has a node-level order, otherwise the {@link GenericKernel} that walks the plan's index arrays.
 * Non-finite values are detected by one accumulated sum per call and only then located, by the generic kernel.
 */
public final class PlanEvaluator implements FirstOrderDifferentialEquations {
    private final Plan plan;
    private final RunBuffers buffers;
    private final Kernel kernel;
    private final GenericKernel generic;

    /** An evaluator with generated code where the plan allows it. */
    public PlanEvaluator(Plan plan) {
        this(plan, true);
    }

    /**
     * @param generate false to always walk the plan generically (the reference the generated code is tested against)
     */
    public PlanEvaluator(Plan plan, boolean generate) {
        this.plan = plan;
        this.buffers = new RunBuffers(plan);
        this.generic = new GenericKernel(plan, buffers);
        Kernel k = generate ? KernelGenerator.create(plan, buffers) : null;
        this.kernel = k != null ? k : generic;
    }

    public Plan plan() {
        return plan;
    }

    /** @return the call this run is making, for the watchdog */
    public CallSlot calls() {
        return buffers.calls;
    }

    /** @return whether this evaluator runs code generated for its pipeline */
    public boolean isGenerated() {
        return kernel != generic;
    }

    /** @return the class evaluating this run (for diagnostics: generated kernels are shared per pipeline structure) */
    public Class<?> kernelClass() {
        return kernel.getClass();
    }

    @Override
    public int getDimension() {
        return plan.stateTotal;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
        buffers.calls.begin(t);
        try {
            double check;
            try {
                check = kernel.derivatives(t, y, yDot);
            } catch (RuntimeException e) {
                throw located(t, y, e);
            }
            if (check != 0) {
                locateNonFinite(t, y, true);
            }
        } finally {
            buffers.calls.end();
        }
    }

    /**
     * The mechanism call that threw {@code e}, named by repeating the evaluation generically (the generated code does
     * not track which call it is making); {@code e} itself if it is already named or no call throws again.
     */
    private RuntimeException located(double t, double[] y, RuntimeException e) {
        if (e instanceof MechanismFailureException) {
            return e;
        }
        try {
            generic.derivatives(t, y, new double[plan.stateTotal]);
            generic.outputs(t, y);
        } catch (MechanismFailureException f) {
            if (f.getCause() != e) {
                f.addSuppressed(e);
            }
            return f;
        }
        return e;
    }

    /**
     * Computes the recorded outputs at (t, y).
     *
     * @param row receives one value per column
     */
    public void outputs(double t, double[] y, double[] row) {
        buffers.calls.begin(t);
        try {
            double check;
            try {
                check = kernel.outputs(t, y);
            } catch (RuntimeException e) {
                throw located(t, y, e);
            }
            if (check != 0) {
                locateNonFinite(t, y, false);
            }
        } finally {
            buffers.calls.end();
        }
        final Plan p = plan;
        final double[] signals = buffers.signals;
        for (int c = 0; c < row.length; c++) {
            row[c] = signals[p.outOffset[p.columnNode[c]] + p.columnOutput[c]];
        }
    }

    /** Names the first output or derivative that is not finite; called only once a sum check failed. */
    private void locateNonFinite(double t, double[] y, boolean derivatives) {
        final Plan p = plan;
        generic.outputs(t, y);
        for (int n = 0; n < p.nodeIds.length; n++) {
            for (int k = 0; k < p.outputNames[n].length; k++) {
                if (!Double.isFinite(buffers.signals[p.outOffset[n] + k])) {
                    throw new NonFiniteValueException(n, "output '" + p.outputNames[n][k] + "'", t);
                }
            }
        }
        if (derivatives) {
            generic.derivatives(t, y, new double[p.stateTotal]);
            for (int n = 0; n < p.nodeIds.length; n++) {
                for (int k = 0; k < buffers.dx[n].length; k++) {
                    if (!Double.isFinite(buffers.dx[n][k])) {
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
        double[] x = buffers.x[n];
        System.arraycopy(y, off, x, 0, count);
        buffers.calls.begin(s.time(i));
        buffers.calls.at(CallSlot.call(n, CallSlot.EVENT));
        try {
            plan.mechanisms[n].applyEvent(s.input(i), s.value(i), x, plan.parameters[n]);
        } catch (RuntimeException e) {
            throw new MechanismFailureException(n, "applying an event", s.time(i), e);
        } finally {
            buffers.calls.end();
        }
        for (int k = 0; k < count; k++) {
            if (!Double.isFinite(x[k])) {
                throw new NonFiniteValueException(n, "state '" + plan.stateNames[n][k] + "' after an event", s.time(i));
            }
        }
        System.arraycopy(x, 0, y, off, count);
    }
}
