package org.ldnworkbench.core.engine;

import java.time.Duration;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.sampling.StepHandler;
import org.apache.commons.math3.ode.sampling.StepInterpolator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.ldnworkbench.core.internal.engine.CallSlot;
import org.ldnworkbench.core.internal.engine.CheckedIntegrators;
import org.ldnworkbench.core.internal.engine.CompiledPlans;
import org.ldnworkbench.core.internal.engine.EventSchedule;
import org.ldnworkbench.core.internal.engine.MechanismFailureException;
import org.ldnworkbench.core.internal.engine.NonFiniteValueException;
import org.ldnworkbench.core.internal.engine.Plan;
import org.ldnworkbench.core.internal.engine.PlanEvaluator;
import org.ldnworkbench.core.internal.engine.RunCheckException;
import org.ldnworkbench.core.internal.engine.RunChecks;
import org.ldnworkbench.core.internal.engine.StuckCallException;
import org.ldnworkbench.core.internal.engine.SupervisedRun;
import org.ldnworkbench.core.pipeline.SimulationSettings;

/**
 * Runs a compiled pipeline: integrates piecewise between event times (an event is applied exactly at its time,
 * never stepped over), samples the dense output on the output grid, and reports failures with time and node.
 * Outputs are right-continuous: a grid point at an event time shows the state after the event. A pipeline without
 * states is not integrated: its outputs are computed at each grid point between the events.
 * <p>
 * A run also stops at what no valid run can produce: a state or output beyond the range its mechanism declares
 * (after every accepted step and event, and at every output time), a fixed (RK4) step outside the stability
 * region of the pipeline's Jacobian (at the start and after every event), more events than a run accepts.
 * <p>
 * And a run stops when one call of a mechanism does not return within {@linkplain #mechanismTimeout() the mechanism
 * timeout}: a plugin looping or waiting forever. The run fails naming node, call, time, mechanism and bundle, keeps
 * its samples up to then, and the mechanism is quarantined in the catalog the pipeline was compiled against (later
 * compilations refuse it with the reason). The run's own thread cannot be stopped in Java: it is interrupted and
 * left. That is why a run executes on a thread of the engine while the calling thread waits for it (with the
 * timeout off, on the calling thread).
 *
 * @since 0.1
 */
public final class Simulator {
    /** Progress is reported in this many ticks per run. */
    private static final int TICKS = 1000;

    private Simulator() {
    }

    /**
     * The {@link SimulationResult#failure()} of the partial result of a cancelled run.
     *
     * @since 0.1
     */
    public static final String CANCELLED = "cancelled";

    /**
     * The system property that sets the {@linkplain #mechanismTimeout() mechanism timeout} in seconds (a plain
     * decimal; 0 turns the watching off, e.g. while a plugin's author stops in a mechanism with a debugger), read at
     * each run unless {@link #setMechanismTimeout} has set one: {@code -Dldnworkbench.mechanismTimeout=30} in the
     * workbench's {@code .ini} or {@code LDNWB_JAVA_OPTS}.
     *
     * @since 0.1
     */
    public static final String MECHANISM_TIMEOUT_PROPERTY = "ldnworkbench.mechanismTimeout";

    /**
     * The mechanism timeout when nothing sets one: 10 s. A call of a mechanism takes microseconds (a whole 56-day
     * run of the default pipeline takes milliseconds), so no legitimate model comes near it, even on a loaded machine.
     *
     * @since 0.1
     */
    public static final Duration DEFAULT_MECHANISM_TIMEOUT = Duration.ofSeconds(10);

    private static volatile Duration mechanismTimeout;

    /**
     * @return the longest one call of a mechanism may take before its run is stopped and the mechanism quarantined:
     *         what {@link #setMechanismTimeout} set, else the system property {@value #MECHANISM_TIMEOUT_PROPERTY},
     *         else {@link #DEFAULT_MECHANISM_TIMEOUT}; {@link Duration#ZERO} when runs are not watched
     * @since 0.1
     */
    public static Duration mechanismTimeout() {
        Duration set = mechanismTimeout;
        return set != null ? set : timeoutFromProperty();
    }

    /**
     * Sets the {@linkplain #mechanismTimeout() mechanism timeout} for the runs that start and the pipelines that are
     * compiled from now on in this JVM (the command line's {@code --mechanism-timeout}); compiling holds a
     * mechanism's constructor, {@code bind} and {@code validate} to it.
     *
     * @param timeout the budget of one call, {@link Duration#ZERO} to stop watching, null to go back to the system
     *        property or the default
     * @throws IllegalArgumentException when {@code timeout} is negative
     * @since 0.1
     */
    public static void setMechanismTimeout(Duration timeout) {
        if (timeout != null && timeout.isNegative()) {
            throw new IllegalArgumentException("the mechanism timeout cannot be negative: " + timeout);
        }
        mechanismTimeout = timeout;
    }

    /** @return the timeout the system property sets; the default when it is missing or not a number of seconds */
    private static Duration timeoutFromProperty() {
        String value = System.getProperty(MECHANISM_TIMEOUT_PROPERTY);
        if (value == null) {
            return DEFAULT_MECHANISM_TIMEOUT;
        }
        try {
            double seconds = Double.parseDouble(value.strip());
            if (seconds >= 0 && seconds <= 1e9) {
                return Duration.ofNanos(Math.round(seconds * 1e9));
            }
        } catch (NumberFormatException e) {
            // below: the default, as for any value that is no number of seconds
        }
        return DEFAULT_MECHANISM_TIMEOUT;
    }

    /**
     * Runs without progress reporting.
     *
     * @since 0.1
     */
    public static SimulationResult run(CompiledPipeline pipeline) throws SimulationException {
        return run(pipeline, new NullProgressMonitor());
    }

    /**
     * @param pipeline the compiled pipeline
     * @param monitor progress and cancellation; cancelling throws {@link OperationCanceledException}, from which
     *        {@link #partialResult(OperationCanceledException)} gives the outputs up to then, marked partial
     * @return the sampled outputs
     * @throws SimulationException when the integrator fails, a mechanism throws or does not return within the
     *         {@linkplain #mechanismTimeout() mechanism timeout}, a value stops being finite or leaves its declared
     *         range, or the fixed step is unstable; the message names the time and, where known, the node and the
     *         state or output; {@link SimulationException#partialResult()} holds the outputs up to the failure
     * @since 0.1
     */
    public static SimulationResult run(CompiledPipeline pipeline, IProgressMonitor monitor) throws SimulationException {
        ColumnStore store = new ColumnStore(pipeline);
        try {
            stream(pipeline, store, monitor);
        } catch (SimulationException e) {
            // keep what was computed up to the failure, marked partial, for the caller to show and write
            throw new SimulationException(e.getMessage(), e.time(), e.node(), e.getCause(),
                    store.partial(e.getMessage(), e.node(), e.time()));
        } catch (OperationCanceledException e) {
            // likewise what was computed up to the cancellation
            if (e.getCause() instanceof Cancellation c) {
                throw new Cancellation(c.time, store.partial(CANCELLED, "", c.time)).signal();
            }
            throw e;
        }
        return store.result();
    }

    /**
     * Runs and hands each output grid point to {@code sink} as soon as it is computed; nothing else of the run is
     * kept, so memory does not grow with the length of the run.
     *
     * @param pipeline the compiled pipeline
     * @param sink receives the grid points in time order
     * @param monitor progress and cancellation; cancelling throws {@link OperationCanceledException} (the sink has
     *        every grid point up to then)
     * @return the number of grid points passed to the sink
     * @throws SimulationException as {@link #run(CompiledPipeline, IProgressMonitor)}
     * @since 0.1
     */
    public static long stream(CompiledPipeline pipeline, OutputSink sink, IProgressMonitor monitor)
            throws SimulationException {
        Plan plan = CompiledPlans.planOf(pipeline);
        SubMonitor progress = SubMonitor.convert(monitor, "Simulating " + pipeline.scenarioName(), TICKS);
        PlanEvaluator eval = new PlanEvaluator(plan);
        return supervised(pipeline, plan, eval.calls(), () -> simulate(pipeline, plan, eval, sink, progress));
    }

    /**
     * Runs {@code body} on a thread of the engine, watched for a mechanism call that does not return (see the class
     * comment), and turns such a call into the run's failure.
     */
    private static <T> T supervised(CompiledPipeline pipeline, Plan plan, CallSlot calls, SupervisedRun.Body<T> body)
            throws SimulationException {
        try {
            return SupervisedRun.run(plan, calls, mechanismTimeout().toNanos(), body);
        } catch (StuckCallException e) {
            throw StuckCalls.reported(pipeline, plan, e);
        }
    }

    /** The run itself, on the thread that {@link #stream} hands it to. */
    private static long simulate(CompiledPipeline pipeline, Plan plan, PlanEvaluator eval, OutputSink sink,
            SubMonitor progress) throws SimulationException {
        SimulationSettings s = pipeline.settings();
        RunChecks checks = new RunChecks(plan, eval, s);
        GridSampler rec = new GridSampler(s, pipeline.columns().size(), sink, checks, eval.calls());
        double t = s.start();
        try {
            double[] y = plan.initialState(eval.calls(), s.start());
            EventSchedule events = plan.schedule(s.start(), s.end(), eval.calls());
            // a pipeline without states (only sources and algebraic nodes) is not integrated: an adaptive integrator
            // has no error to control on an empty state and would step at its minimum step until its count overflows
            boolean stateless = y.length == 0;
            FirstOrderIntegrator integrator = integrator(s, checks);
            Sampler sampler = new Sampler(eval, rec, progress, s);
            integrator.addStepHandler(sampler);
            int e = 0;
            while (true) {
                while (e < events.size() && events.time(e) <= t) {
                    eval.applyEvent(events, e, y);
                    e++;
                }
                checks.segmentStart(t, y);
                rec.recordUpTo(t, true, eval, y);
                if (t >= s.end()) {
                    break;
                }
                double next = e < events.size() ? Math.min(events.time(e), s.end()) : s.end();
                if (stateless) {
                    // nothing to integrate: the outputs depend on time and inputs only, sampled directly
                    if (progress.isCanceled()) {
                        // every grid point up to t is recorded
                        throw new Cancellation(t, null).signal();
                    }
                    rec.recordUpTo(next, false, eval, y);
                    sampler.reportProgress(next);
                } else {
                    integrator.integrate(eval, t, y, next, y);
                }
                t = next;
            }
        } catch (RunCheckException | NonFiniteValueException | MechanismFailureException | MathIllegalStateException
                | MathIllegalArgumentException ex) {
            throw located(ex, plan, s, rec.lastTime(t));
        }
        progress.done();
        return rec.count();
    }

    /**
     * What a run cancelled through its monitor had computed: the {@link OperationCanceledException} stays the one
     * Eclipse code expects (a job returns {@code Status.CANCEL_STATUS}), and a caller that wants to show or write
     * the samples takes them from it.
     *
     * @param e what {@link #run(CompiledPipeline, IProgressMonitor)} threw when its monitor was cancelled
     * @return the outputs up to the cancellation, marked partial ({@link SimulationResult#failure()} is
     *         {@value #CANCELLED}, {@link SimulationResult#failureTime()} the simulated time up to which the samples
     *         are complete); null when the exception carries none (it came from elsewhere, or from
     *         {@link #stream}, whose samples are in its sink)
     * @since 0.1
     */
    public static SimulationResult partialResult(OperationCanceledException e) {
        return e.getCause() instanceof Cancellation c ? c.partial : null;
    }

    /**
     * Everything a run checks before its first step, without integrating: the event schedule of every source (at most
     * {@link EventSchedule#MAX_EVENTS} events), the initial state, the events at the start, the states and outputs
     * at the start against their declared ranges and, with RK4, the fixed step's stability and accuracy at the start
     * state. A pipeline that passes may still fail later in the run (after an event, or where it leaves a range);
     * one that fails here would fail at once in {@link #run(CompiledPipeline)}, with the same message. Costs one
     * schedule (what the run builds first anyway) and, with RK4, n + 1 right-hand-side evaluations and an
     * eigen-decomposition.
     *
     * @throws SimulationException as {@link #run(CompiledPipeline, IProgressMonitor)} would at the start
     * @since 0.1
     */
    public static void preflight(CompiledPipeline pipeline) throws SimulationException {
        Plan plan = CompiledPlans.planOf(pipeline);
        PlanEvaluator eval = new PlanEvaluator(plan);
        supervised(pipeline, plan, eval.calls(), () -> {
            checkStart(pipeline, plan, eval);
            return null;
        });
    }

    /** What {@link #preflight} checks, on the thread it hands the check to. */
    private static void checkStart(CompiledPipeline pipeline, Plan plan, PlanEvaluator eval)
            throws SimulationException {
        SimulationSettings s = pipeline.settings();
        RunChecks checks = new RunChecks(plan, eval, s);
        double t = s.start();
        try {
            double[] y = plan.initialState(eval.calls(), s.start());
            EventSchedule events = plan.schedule(s.start(), s.end(), eval.calls());
            for (int e = 0; e < events.size() && events.time(e) <= t; e++) {
                eval.applyEvent(events, e, y);
            }
            checks.segmentStart(t, y);
            double[] row = new double[pipeline.columns().size()];
            eval.outputs(t, y, row);
            checks.outputs(t, row);
        } catch (RunCheckException | NonFiniteValueException | MechanismFailureException | MathIllegalStateException
                | MathIllegalArgumentException ex) {
            throw located(ex, plan, s, t);
        }
    }

    /** @return the failure of a run as a {@link SimulationException} naming the node and the time */
    private static SimulationException located(RuntimeException failure, Plan plan, SimulationSettings s,
            double lastTime) {
        if (failure instanceof RunCheckException ex) {
            String node = plan.nodeId(ex.node());
            return new SimulationException("node '" + node + "': " + ex.what(), ex.time(), node, ex);
        }
        if (failure instanceof NonFiniteValueException ex) {
            String node = plan.nodeId(ex.node());
            return new SimulationException("node '" + node + "': " + ex.what() + " is not finite at t = "
                    + fmt(ex.time()) + " h (" + contributedBy(plan, ex.node()) + ")", ex.time(), node, ex);
        }
        if (failure instanceof MechanismFailureException ex) {
            String node = plan.nodeId(ex.node());
            Throwable cause = ex.getCause();
            double time = Double.isNaN(ex.time()) ? s.start() : ex.time();
            return new SimulationException("node '" + node + "': mechanism " + plan.mechanismId(ex.node()) + " failed "
                    + ex.what() + (Double.isNaN(ex.time()) ? "" : " at t = " + fmt(ex.time()) + " h") + ": "
                    + cause.getClass().getSimpleName() + (cause.getMessage() != null ? ": " + cause.getMessage() : "")
                    + " (" + contributedBy(plan, ex.node()) + ")", time, node, ex);
        }
        return new SimulationException("the integrator failed at t = " + fmt(lastTime) + " h: "
                + failure.getMessage(), lastTime, "", failure);
    }

    /**
     * @return which mechanism node {@code n} runs and which bundle contributed it, so that a fault or a non-finite
     *         value from a third-party plugin is reported to the user together with the plugin to blame
     */
    private static String contributedBy(Plan plan, int n) {
        String bundle = plan.contributor(n);
        return "mechanism " + plan.mechanismId(n) + (bundle.isEmpty() ? "" : " from " + bundle);
    }

    static String fmt(double t) {
        return String.format(java.util.Locale.ROOT, "%.6g", t);
    }

    /** @return the integrator for the settings, handing every accepted step's state to {@code checks} */
    private static FirstOrderIntegrator integrator(SimulationSettings s, RunChecks checks) {
        double span = s.end() - s.start();
        double minStep = CheckedIntegrators.minimumStep(s.start(), s.end());
        switch (s.integrator()) {
        case RK4:
            return CheckedIntegrators.rk4(s.fixedStep(), checks);
        case DORMAND_PRINCE_54:
            return CheckedIntegrators.dormandPrince54(minStep, span, s.atol(), s.rtol(), checks);
        case DORMAND_PRINCE_853:
        default:
            return CheckedIntegrators.dormandPrince853(minStep, span, s.atol(), s.rtol(), checks);
        }
    }

    /**
     * The cause of the {@link OperationCanceledException} a cancelled run throws (that class is final): the time up
     * to which the samples are complete and, from {@link Simulator#run(CompiledPipeline, IProgressMonitor)}, the
     * partial result.
     */
    private static final class Cancellation extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final double time;
        private final transient SimulationResult partial;

        Cancellation(double time, SimulationResult partial) {
            super("cancelled at t = " + fmt(time) + " h", null, false, false);
            this.time = time;
            this.partial = partial;
        }

        /** @return the exception the run throws, this as its cause */
        OperationCanceledException signal() {
            OperationCanceledException e = new OperationCanceledException("the run was " + getMessage());
            e.initCause(this);
            return e;
        }
    }

    /** Samples the grid points inside each accepted step from the integrator's dense output. */
    private static final class Sampler implements StepHandler {
        private final PlanEvaluator eval;
        private final GridSampler rec;
        private final SubMonitor progress;
        private final double start;
        private final double span;
        private int ticksDone;

        Sampler(PlanEvaluator eval, GridSampler rec, SubMonitor progress, SimulationSettings s) {
            this.eval = eval;
            this.rec = rec;
            this.progress = progress;
            this.start = s.start();
            this.span = s.end() - s.start();
        }

        @Override
        public void init(double t0, double[] y0, double t) {
            // nothing: the recorder already holds the segment start
        }

        @Override
        public void handleStep(StepInterpolator interpolator, boolean isLast) {
            if (progress.isCanceled()) {
                // the grid points before this step's start are recorded, none of this step's
                throw new Cancellation(interpolator.getPreviousTime(), null).signal();
            }
            double tCur = interpolator.getCurrentTime();
            // grid points strictly before the step's end; a segment's end is recorded after its events
            rec.recordFromInterpolator(tCur, interpolator, eval);
            reportProgress(tCur);
        }

        /** Reports the run's progress up to simulated time {@code t}. */
        void reportProgress(double t) {
            int ticks = (int) Math.min(TICKS, (t - start) / span * TICKS);
            if (ticks > ticksDone) {
                progress.worked(ticks - ticksDone);
                ticksDone = ticks;
            }
        }
    }

    /**
     * Walks the output grid start, start + step, ... &lt;= end, computing each point's outputs from the state at its
     * time and passing them to the sink.
     */
    private static final class GridSampler {
        private final double start;
        private final double step;
        private final long size;
        private final double[] row;
        private final OutputSink sink;
        private final RunChecks checks;
        private final CallSlot calls;
        private long next;

        GridSampler(SimulationSettings s, int columns, OutputSink sink, RunChecks checks, CallSlot calls) {
            this.start = s.start();
            this.step = s.step();
            this.size = s.gridSize();
            this.row = new double[columns];
            this.sink = sink;
            this.checks = checks;
            this.calls = calls;
        }

        private double time(long i) {
            return start + i * step;
        }

        /** Tolerance for "a grid point falls on this time", relative to the grid step. */
        private double eps() {
            return 1e-9 * step;
        }

        /** Records grid points up to {@code t} (inclusive when {@code inclusive}) from the state y at t. */
        void recordUpTo(double t, boolean inclusive, PlanEvaluator eval, double[] y) {
            while (next < size && (time(next) < t - eps() || inclusive && time(next) <= t + eps())) {
                emit(time(next), eval, y);
            }
        }

        void recordFromInterpolator(double tCur, StepInterpolator interpolator, PlanEvaluator eval) {
            while (next < size && time(next) < tCur - eps()) {
                double tg = time(next);
                interpolator.setInterpolatedTime(tg);
                emit(tg, eval, interpolator.getInterpolatedState());
            }
        }

        /**
         * Computes, checks and hands over one grid point; never once the run has been given up on (its caller owns
         * the sink then, and this thread only came back from a call that had taken too long).
         */
        private void emit(double t, PlanEvaluator eval, double[] y) {
            eval.outputs(t, y, row);
            checks.outputs(t, row);
            if (!calls.startWriting()) {
                throw new Abandoned();
            }
            try {
                sink.accept(t, row);
            } finally {
                calls.doneWriting();
            }
            next++;
        }

        long count() {
            return next;
        }

        double lastTime(double fallback) {
            return next > 0 ? time(next - 1) : fallback;
        }
    }

    /**
     * Ends the thread of a run given up on when it comes back from its stuck call: nobody waits for it any more, and
     * it must not simulate on.
     */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super("the run was given up on: one of its mechanism calls had not returned in time", null, false, false);
        }
    }

    /** Keeps every grid point in columns: the sink behind {@link Simulator#run(CompiledPipeline)}. */
    private static final class ColumnStore implements OutputSink {
        private final CompiledPipeline pipeline;
        private final double[] time;
        private final double[][] cols;
        private int next;

        ColumnStore(CompiledPipeline pipeline) {
            this.pipeline = pipeline;
            int size = Math.toIntExact(pipeline.settings().gridSize());
            this.time = new double[size];
            this.cols = new double[pipeline.columns().size()][size];
        }

        @Override
        public void accept(double t, double[] row) {
            time[next] = t;
            for (int c = 0; c < row.length; c++) {
                cols[c][next] = row[c];
            }
            next++;
        }

        SimulationResult result() {
            return new SimulationResult(pipeline, time, cols, next, null, "", Double.NaN);
        }

        SimulationResult partial(String failure, String node, double at) {
            return new SimulationResult(pipeline, time, cols, next, failure, node, at);
        }
    }
}
