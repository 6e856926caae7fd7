package org.ldnworkbench.pk.core;

/**
 * Stable ids and port names of the pharmacokinetic mechanisms contributed by this bundle, for code that builds
 * pipelines (examples, the command line, tests). Pipeline files use the same strings.
 *
 * @since 0.1
 */
public final class PkMechanisms {
    /**
     * Oral dosing regimen: an event source of doses (mg).
     *
     * @since 0.1
     */
    public static final String ORAL_DOSING = "org.ldnworkbench.pk.oralDosing";

    /**
     * Two-compartment naltrexone PK with first-pass and systemic formation of 6-beta-naltrexol.
     *
     * @since 0.1
     */
    public static final String NALTREXONE = "org.ldnworkbench.pk.naltrexone";

    /**
     * Event output of the dosing regimen and event input of the PK model (mg).
     *
     * @since 0.1
     */
    public static final String DOSE = "dose";

    /**
     * Plasma naltrexone concentration output (ng/mL).
     *
     * @since 0.1
     */
    public static final String CNTX = "Cntx";

    /**
     * Plasma 6-beta-naltrexol concentration output (ng/mL).
     *
     * @since 0.1
     */
    public static final String CNTXOL = "Cntxol";

    /**
     * Molar mass of naltrexone (g/mol).
     *
     * @since 0.1
     */
    public static final double NALTREXONE_MOLAR_MASS = 341.4;

    /**
     * Molar mass of 6-beta-naltrexol (g/mol).
     *
     * @since 0.1
     */
    public static final double NALTREXOL_MOLAR_MASS = 343.4;

    private PkMechanisms() {
    }
}
