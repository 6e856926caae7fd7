package org.ldnworkbench.inflammation.core;

/**
 * Stable ids, port and preset names of the glial activation mechanism contributed by this bundle, for code that builds
 * pipelines. Pipeline files use the same strings.
 *
 * @since 0.1
 */
public final class InflammationMechanisms {
    /**
     * Glial activation, TLR4 antagonism and cytokines.
     *
     * @since 0.1
     */
    public static final String GLIA = "org.ldnworkbench.inflammation.glia";

    /**
     * Input: plasma naltrexone (ng/mL).
     *
     * @since 0.1
     */
    public static final String CNTX = "Cntx";

    /**
     * Input: opioid signalling, relative to the untreated baseline (1).
     *
     * @since 0.1
     */
    public static final String SIGNALING = "signaling";

    /**
     * Output: activated glial fraction relative to its untreated baseline.
     *
     * @since 0.1
     */
    public static final String GLIAL_ACTIVATION = "glialActivation";

    /**
     * Output: TNF, relative.
     *
     * @since 0.1
     */
    public static final String TNF = "tnf";

    /**
     * Output: IL-6, relative.
     *
     * @since 0.1
     */
    public static final String IL6 = "il6";

    /**
     * Output: IL-1beta, relative.
     *
     * @since 0.1
     */
    public static final String IL1B = "il1b";

    /**
     * Output: fractional TLR4 antagonism by naltrexone.
     *
     * @since 0.1
     */
    public static final String TLR4_INHIBITION = "tlr4Inhibition";

    /**
     * The default preset: TLR4 sees naltrexone at its plasma concentration (tissuePartition 1).
     *
     * @since 0.1
     */
    public static final String PRESET_PLASMA_EXPOSURE = "plasma-exposure";

    /**
     * The hypothesis preset of naltrexone accumulating in tissue to 300 times its plasma level (tissuePartition 300).
     *
     * @since 0.1
     */
    public static final String PRESET_TISSUE_ACCUMULATION = "tissue-accumulation";

    private InflammationMechanisms() {
    }
}
