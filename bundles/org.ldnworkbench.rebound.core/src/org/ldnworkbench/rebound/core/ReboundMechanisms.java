package org.ldnworkbench.rebound.core;

/**
 * Stable ids and port names of the endogenous opioid rebound mechanism contributed by this bundle, for code that
 * builds pipelines. Pipeline files use the same strings.
 *
 * @since 0.1
 */
public final class ReboundMechanisms {
    /**
     * Homeostatic feedback of endogenous opioid tone and receptor density on signalling.
     *
     * @since 0.1
     */
    public static final String ENDOGENOUS = "org.ldnworkbench.rebound.endogenous";

    /**
     * Input: antagonist-bound fraction of mu receptors.
     *
     * @since 0.1
     */
    public static final String OCCUPANCY = "occupancy";

    /**
     * Output: opioid signalling relative to the untreated baseline (1).
     *
     * @since 0.1
     */
    public static final String SIGNALING = "signaling";

    /**
     * Output: endogenous opioid tone, relative.
     *
     * @since 0.1
     */
    public static final String ENDOGENOUS_TONE = "endogenousTone";

    /**
     * Output: mu receptor density, relative.
     *
     * @since 0.1
     */
    public static final String RECEPTOR_DENSITY = "receptorDensity";

    /**
     * Signalling above which an hour counts in the rebound window.
     *
     * @since 0.1
     */
    public static final double REBOUND_THRESHOLD = 1.05;

    private ReboundMechanisms() {
    }
}
