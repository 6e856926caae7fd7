package org.ldnworkbench.receptor.core;

/**
 * Stable ids, port and preset names of the mu-opioid receptor occupancy mechanism contributed by this bundle, for
 * code that builds pipelines. Pipeline files use the same strings.
 *
 * @since 0.1
 */
public final class ReceptorMechanisms {
    /**
     * Mu-opioid receptor occupancy by naltrexone and 6-beta-naltrexol.
     *
     * @since 0.1
     */
    public static final String MU = "org.ldnworkbench.receptor.mu";

    /**
     * Input: plasma naltrexone (ng/mL).
     *
     * @since 0.1
     */
    public static final String CNTX = "Cntx";

    /**
     * Input: plasma 6-beta-naltrexol (ng/mL).
     *
     * @since 0.1
     */
    public static final String CNTXOL = "Cntxol";

    /**
     * Output: antagonist-bound fraction of mu receptors.
     *
     * @since 0.1
     */
    public static final String OCCUPANCY = "occupancy";

    /**
     * The default preset, fitted to PET peaks and to the persistence of occupancy at 48 h.
     *
     * @since 0.1
     */
    public static final String PRESET_PET_CALIBRATED = "pet-calibrated";

    /**
     * The hypothesis preset of a brief overnight blockade.
     *
     * @since 0.1
     */
    public static final String PRESET_RAPID_EQUILIBRIUM = "rapid-equilibrium";

    private ReceptorMechanisms() {
    }
}
