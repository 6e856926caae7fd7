package org.ldnworkbench.receptor.ui.internal;

import java.util.List;

/**
 * The human PET measurements the receptor mechanism is calibrated to (MODELS.md section 3): peak mu-opioid receptor
 * occupancy after single oral doses of naltrexone, Rabiner et al. 2011 (Mol Psychiatry 16:826) as tabulated by
 * Troestheim et al. 2022. Where the study reports a range, the point is its middle and the bar its ends. These are
 * data to compare the model with, drawn over its curve; they are not used to compute anything.
 */
public final class PetData {
    /**
     * One measurement.
     *
     * @param doseMg the single oral dose (mg)
     * @param low the lowest reported peak occupancy (fraction)
     * @param high the highest reported peak occupancy (fraction; equal to low for a single value)
     */
    public record Point(double doseMg, double low, double high) {
        /** @return the middle of the reported range */
        public double mid() {
            return (low + high) / 2;
        }
    }

    /** The four doses of the PET study. */
    public static final List<Point> PEAK_OCCUPANCY = List.of(new Point(2, 0.27, 0.27), new Point(5, 0.43, 0.58),
            new Point(15, 0.61, 0.61), new Point(50, 0.92, 0.98));

    private PetData() {
    }
}
