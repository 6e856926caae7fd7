package org.ldnworkbench.core.pipeline;

/**
 * Time span, output grid and numerics of a pipeline run. Times in hours. Mutable; copied by
 * {@link #copy()}.
 *
 * @since 0.1
 */
public final class SimulationSettings {
    /**
     * The relative tolerance of adaptive integrators when a pipeline file names none.
     *
     * @since 0.1
     */
    public static final double DEFAULT_RTOL = 1e-8;

    /**
     * The absolute tolerance of adaptive integrators when a pipeline file names none.
     *
     * @since 0.1
     */
    public static final double DEFAULT_ATOL = 1e-10;
    /** 2^53: every whole number up to it is exact in a double, so a count this size converts without loss. */
    private static final double MAX_EXACT_COUNT = 9007199254740992.0;

    private double start = 0;
    private double end = 24 * 56;
    private double step = 0.1;
    private double rtol = DEFAULT_RTOL;
    private double atol = DEFAULT_ATOL;
    private Integrator integrator = Integrator.DORMAND_PRINCE_853;
    private double fixedStep = 0.01;

    /**
     * Settings of the default run: 0 to 1344 h (eight weeks), output every 0.1 h, Dormand-Prince 8(5,3) with the
     * default tolerances; fixed-step integrators step 0.01 h.
     *
     * @since 0.1
     */
    public SimulationSettings() {
        // the field initialisers hold the defaults
    }

    /**
     * @return the start of the run (h)
     * @since 0.1
     */
    public double start() { return start; }

    /**
     * @return the end of the run (h)
     * @since 0.1
     */
    public double end() { return end; }

    /**
     * @return the output grid spacing (h)
     * @since 0.1
     */
    public double step() { return step; }

    /**
     * @return the relative tolerance of adaptive integrators
     * @since 0.1
     */
    public double rtol() { return rtol; }

    /**
     * @return the absolute tolerance of adaptive integrators
     * @since 0.1
     */
    public double atol() { return atol; }

    /**
     * @return the integration method
     * @since 0.1
     */
    public Integrator integrator() { return integrator; }

    /**
     * @return the step of fixed-step integrators (h)
     * @since 0.1
     */
    public double fixedStep() { return fixedStep; }

    /**
     * @return these settings, with the start (h) set
     * @since 0.1
     */
    public SimulationSettings start(double v) { start = v; return this; }

    /**
     * @return these settings, with the end (h) set
     * @since 0.1
     */
    public SimulationSettings end(double v) { end = v; return this; }

    /**
     * @return these settings, with the output grid spacing (h) set
     * @since 0.1
     */
    public SimulationSettings step(double v) { step = v; return this; }

    /**
     * @return these settings, with the relative tolerance set
     * @since 0.1
     */
    public SimulationSettings rtol(double v) { rtol = v; return this; }

    /**
     * @return these settings, with the absolute tolerance set
     * @since 0.1
     */
    public SimulationSettings atol(double v) { atol = v; return this; }

    /**
     * @return these settings, with the integration method set
     * @since 0.1
     */
    public SimulationSettings integrator(Integrator v) { integrator = v; return this; }

    /**
     * @return these settings, with the step of fixed-step integrators (h) set
     * @since 0.1
     */
    public SimulationSettings fixedStep(double v) { fixedStep = v; return this; }

    /**
     * The number of output grid points start, start+step, ... &lt;= end, computed in floating point so that any
     * settings give a comparable number: infinite for a zero or denormal step, NaN for NaN times, below 1 when end is
     * before start. Compare it with a limit before converting it to an integer.
     *
     * @return the grid size as a double, not necessarily a valid size
     * @since 0.1
     */
    public double gridPoints() {
        return Math.floor((end - start) / step * (1 + 1e-12) + 1e-9) + 1;
    }

    /**
     * @return the number of output grid points start, start+step, ... &lt;= end
     * @throws IllegalStateException when the settings give no valid size ({@link #gridPoints()} is not a whole number
     *         between 1 and 2^53): check the settings first, as the pipeline compiler does
     * @since 0.1
     */
    public long gridSize() {
        double n = gridPoints();
        if (!(n >= 1 && n <= MAX_EXACT_COUNT)) {
            throw new IllegalStateException("the output grid from " + start + " h to " + end + " h by " + step
                    + " h has no valid size (" + n + " points): check the simulation settings before running");
        }
        return (long) n;
    }

    /**
     * @return an independent copy
     * @since 0.1
     */
    public SimulationSettings copy() {
        SimulationSettings c = new SimulationSettings();
        c.start = start;
        c.end = end;
        c.step = step;
        c.rtol = rtol;
        c.atol = atol;
        c.integrator = integrator;
        c.fixedStep = fixedStep;
        return c;
    }
}
