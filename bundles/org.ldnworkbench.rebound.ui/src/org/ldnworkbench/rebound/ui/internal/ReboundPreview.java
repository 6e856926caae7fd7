package org.ldnworkbench.rebound.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.rebound.core.ReboundMechanisms;

/**
 * The rebound editor's preview: the real rebound mechanism (its class, bound to its declaration, with the node's
 * values) driven by an idealised blockade instead of a receptor model: occupancy {@code level} for the first
 * {@code hours} of every day, none for the rest, from a drug-free start. Its states are integrated with the
 * Dormand-Prince 8(5,3) integrator the engine uses, piecewise between the switches of the blockade (never across
 * one), and its outputs are read from the mechanism on a grid. No equation of the model is restated here.
 * <p>
 * The rebound window is where signalling exceeds {@link ReboundMechanisms#REBOUND_THRESHOLD}, the threshold of the
 * mechanism's "rebound hours" metric.
 */
public final class ReboundPreview {
    /** Hours between grid points: the blockade's switches (tenths of an hour) fall on the grid. */
    public static final double STEP = 0.1;
    private static final double DAY = 24;
    private static final double RTOL = 1e-8;
    private static final double ATOL = 1e-10;

    /**
     * A daily blockade.
     *
     * @param hoursPerDay hours of blockade each day, from midnight (0 to 24)
     * @param level the occupancy during the blockade (0 to 1)
     * @param days the days simulated
     */
    public record Pattern(double hoursPerDay, double level, int days) {
        /** @throws IllegalArgumentException when a value is outside its range */
        public Pattern {
            if (!(hoursPerDay >= 0 && hoursPerDay <= DAY) || !(level >= 0 && level <= 1) || days < 1) {
                throw new IllegalArgumentException("a blockade needs 0-24 h per day, a level of 0-1 and 1 day or more,"
                        + " not " + hoursPerDay + " h, " + level + ", " + days + " days");
            }
        }

        /** @return the occupancy at time t (h), right-continuous at the switches */
        double occupancyAt(double t) {
            return t - DAY * Math.floor(t / DAY + 1e-12) < hoursPerDay - 1e-9 ? level : 0;
        }
    }

    /**
     * The preview's curves on the grid, and the rebound windows.
     *
     * @param pattern the blockade
     * @param time grid times (h)
     * @param occupancy the blockade at the grid times
     * @param signaling opioid signalling S, relative to untreated
     * @param tone endogenous opioid tone E, relative
     * @param density receptor density R, relative
     * @param windows each interval [start, end] (h) where S exceeds the threshold
     * @param lastDayHours hours of the last day inside a window
     */
    public record Result(Pattern pattern, double[] time, double[] occupancy, double[] signaling, double[] tone,
            double[] density, List<double[]> windows, double lastDayHours) {
    }

    private final Mechanism mechanism;
    private final MechanismSpec spec;
    private final double[] p;

    /**
     * @param mechanism the rebound mechanism's instance, bound to {@code spec}
     * @param spec its declaration
     * @param p the node's parameter values, in declaration order
     */
    public ReboundPreview(Mechanism mechanism, MechanismSpec spec, double[] p) {
        this.mechanism = mechanism;
        this.spec = spec;
        this.p = p.clone();
    }

    /**
     * @param pattern the blockade
     * @param monitor cancellation
     * @return the curves and windows
     */
    public Result compute(Pattern pattern, IProgressMonitor monitor) {
        int occupancyInput = spec.inputIndex(ReboundMechanisms.OCCUPANCY);
        int[] outputs = { spec.outputIndex(ReboundMechanisms.SIGNALING),
                spec.outputIndex(ReboundMechanisms.ENDOGENOUS_TONE),
                spec.outputIndex(ReboundMechanisms.RECEPTOR_DENSITY) };
        double[] u = new double[spec.inputs().size()];
        double[] x = new double[spec.states().size()];
        mechanism.initialState(p, x);
        FirstOrderDifferentialEquations ode = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return x.length;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                mechanism.derivatives(t, y, u, p, yDot);
            }
        };
        FirstOrderIntegrator integrator = new DormandPrince853Integrator(1e-9, DAY, ATOL, RTOL);
        double end = pattern.days() * DAY;
        int n = (int) Math.round(end / STEP) + 1;
        double[][] series = new double[4][n];
        double[] time = new double[n];
        double t = 0;
        for (int k = 0; k < n; k++) {
            double target = k * STEP;
            for (double next = nextSwitch(pattern, t); next < target - 1e-9; next = nextSwitch(pattern, t)) {
                t = integrate(integrator, ode, u, occupancyInput, pattern, t, next, x);
            }
            if (target > t) {
                t = integrate(integrator, ode, u, occupancyInput, pattern, t, target, x);
            }
            u[occupancyInput] = pattern.occupancyAt(target);
            time[k] = target;
            series[0][k] = u[occupancyInput];
            for (int o = 0; o < outputs.length; o++) {
                series[o + 1][k] = mechanism.output(outputs[o], target, x, u, p);
            }
            if (k % 96 == 0 && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
        }
        List<double[]> windows = windows(time, series[1], series[0], ReboundMechanisms.REBOUND_THRESHOLD);
        return new Result(pattern, time, series[0], series[1], series[2], series[3], windows,
                hoursWithin(windows, end - DAY, end));
    }

    /** Integrates from t to next under the blockade of the interval (its value just after t). */
    private static double integrate(FirstOrderIntegrator integrator, FirstOrderDifferentialEquations ode, double[] u,
            int input, Pattern pattern, double t, double next, double[] x) {
        u[input] = pattern.occupancyAt(t);
        integrator.integrate(ode, t, x, next, x);
        return next;
    }

    /** @return the first switch of the blockade after t (start or end of a daily blockade) */
    private static double nextSwitch(Pattern pattern, double t) {
        double day = Math.floor(t / DAY + 1e-12) * DAY;
        double off = day + pattern.hoursPerDay();
        if (pattern.hoursPerDay() > 0 && pattern.hoursPerDay() < DAY && off > t + 1e-9) {
            return off;
        }
        return day + DAY;
    }

    /**
     * @param drive the blockade at the grid times: where it switches between two points, the values jump there
     *        (signalling reads occupancy directly), so the crossing is the switch, not an interpolation across it
     * @return the intervals where the sampled values exceed the threshold, ends interpolated linearly
     */
    public static List<double[]> windows(double[] time, double[] values, double[] drive, double threshold) {
        List<double[]> windows = new ArrayList<>();
        double start = Double.NaN;
        for (int i = 0; i < time.length; i++) {
            boolean above = values[i] > threshold;
            if (above && Double.isNaN(start)) {
                start = i == 0 ? time[0] : crossing(time, values, drive, i - 1, threshold);
            } else if (!above && !Double.isNaN(start)) {
                windows.add(new double[] { start, crossing(time, values, drive, i - 1, threshold) });
                start = Double.NaN;
            }
        }
        if (!Double.isNaN(start)) {
            windows.add(new double[] { start, time[time.length - 1] });
        }
        return windows;
    }

    private static double crossing(double[] time, double[] values, double[] drive, int i, double threshold) {
        if (drive[i] != drive[i + 1]) {
            return time[i + 1];
        }
        double f = (threshold - values[i]) / (values[i + 1] - values[i]);
        return time[i] + f * (time[i + 1] - time[i]);
    }

    /** @return hours of the windows inside [from, to] */
    static double hoursWithin(List<double[]> windows, double from, double to) {
        double h = 0;
        for (double[] w : windows) {
            h += Math.max(0, Math.min(to, w[1]) - Math.max(from, w[0]));
        }
        return h;
    }
}
