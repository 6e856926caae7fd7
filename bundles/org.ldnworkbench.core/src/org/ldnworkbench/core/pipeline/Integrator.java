package org.ldnworkbench.core.pipeline;

/**
 * Integration method of a pipeline's simulation, with its name in pipeline files.
 *
 * @since 0.1
 */
public enum Integrator {
    /** Adaptive Dormand-Prince 8(5,3) with dense output (default). */
    DORMAND_PRINCE_853("dormand-prince-853"),
    /** Adaptive Dormand-Prince 5(4). */
    DORMAND_PRINCE_54("dormand-prince-54"),
    /** Classical fixed-step fourth-order Runge-Kutta with step {@code fixedStep}. */
    RK4("rk4");

    private final String word;

    Integrator(String word) {
        this.word = word;
    }

    /**
     * @return the name used in pipeline files and on the command line
     * @since 0.1
     */
    public String word() {
        return word;
    }

    /**
     * @return the integrator, or null for an unknown name
     * @since 0.1
     */
    public static Integrator fromWord(String w) {
        for (Integrator i : values()) {
            if (i.word.equals(w)) {
                return i;
            }
        }
        return null;
    }

    /**
     * @return the names accepted in files, for messages
     * @since 0.1
     */
    public static String words() {
        StringBuilder sb = new StringBuilder();
        for (Integrator i : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(i.word);
        }
        return sb.toString();
    }
}
