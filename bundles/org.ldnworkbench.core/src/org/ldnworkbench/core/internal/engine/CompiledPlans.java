package org.ldnworkbench.core.internal.engine;

import java.util.Objects;
import java.util.function.Function;

import org.ldnworkbench.core.engine.CompiledPipeline;

/**
 * The plan inside a {@link CompiledPipeline}, for engine code outside its package (the simulator's helpers, the
 * benchmarks, tests) without making {@link Plan} reachable from the API. {@code CompiledPipeline} grants the access
 * once, when its class is initialised, which happens before any instance exists.
 */
public final class CompiledPlans {
    private static volatile Function<CompiledPipeline, Plan> access;

    private CompiledPlans() {
    }

    /**
     * Called by {@code CompiledPipeline} only.
     *
     * @throws IllegalStateException on a second call: nothing may replace the access once granted
     */
    public static synchronized void grant(Function<CompiledPipeline, Plan> planOf) {
        if (access != null) {
            throw new IllegalStateException("the access to compiled plans is granted once, by CompiledPipeline");
        }
        access = Objects.requireNonNull(planOf);
    }

    /** @return the flat evaluation plan of a compiled pipeline */
    public static Plan planOf(CompiledPipeline pipeline) {
        return access.apply(Objects.requireNonNull(pipeline, "pipeline"));
    }
}
