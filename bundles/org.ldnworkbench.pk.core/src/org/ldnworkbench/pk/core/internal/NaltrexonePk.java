package org.ldnworkbench.pk.core.internal;

import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.pk.core.PkMechanisms;

/**
 * Naltrexone pharmacokinetics ({@code org.ldnworkbench.pk.naltrexone}): oral absorption with first-pass metabolism,
 * two compartments for naltrexone and one for its active metabolite 6-beta-naltrexol. States in mg, times in h,
 * volumes in L, clearances in L/h:
 *
 * <pre>
 *     absorb         = ka * gut
 *     d gut/dt       = -absorb                                    (a dose of D mg adds D to gut)
 *     d central/dt   = F*absorb - (CL/Vc + Q/Vc)*central + (Q/Vp)*peripheral
 *     d peripheral/dt= (Q/Vc)*central - (Q/Vp)*peripheral
 *     d naltrexol/dt = (fmFirstPass*(1-F)*absorb + fmSystemic*(CL/Vc)*central) * 343.4/341.4
 *                      - (CLm/Vm)*naltrexol
 *     Cntx   = 1000*central/Vc      (ng/mL)
 *     Cntxol = 1000*naltrexol/Vm    (ng/mL)
 * </pre>
 *
 * The factor 343.4/341.4 converts mg of naltrexone into mg of 6-beta-naltrexol (molar masses). The model is linear:
 * every concentration scales exactly with the dose. Mass balance: of each dose, {@code F} reaches the central
 * compartment and {@code 1-F} is extracted on first pass, of which {@code fmFirstPass} becomes naltrexol; of the
 * systemic clearance {@code CL}, the fraction {@code fmSystemic} forms naltrexol.
 */
public class NaltrexonePk implements Mechanism {
    /* Indices as declared in plugin.xml, checked in bind. */
    private static final int KA = 0; // parameter ka
    private static final int F = 1; // parameter F
    private static final int CL = 2; // parameter CL
    private static final int VC = 3; // parameter Vc
    private static final int Q = 4; // parameter Q
    private static final int VP = 5; // parameter Vp
    private static final int FM_SYSTEMIC = 6; // parameter fmSystemic
    private static final int FM_FIRST_PASS = 7; // parameter fmFirstPass
    private static final int CLM = 8; // parameter CLm
    private static final int VM = 9; // parameter Vm
    private static final int GUT = 0; // state gut
    private static final int CENTRAL = 1; // state central
    private static final int PERIPHERAL = 2; // state peripheral
    private static final int NALTREXOL = 3; // state naltrexol
    private static final int DOSE = 0; // input dose
    private static final int CNTX = 0; // output Cntx
    private static final int CNTXOL = 1; // output Cntxol
    /** mg of 6-beta-naltrexol formed per mg of naltrexone metabolised. */
    static final double MOLAR_RATIO = PkMechanisms.NALTREXOL_MOLAR_MASS / PkMechanisms.NALTREXONE_MOLAR_MASS;
    /** mg/L to ng/mL. */
    private static final double NG_PER_ML = 1000.0;
    /** Public no-argument constructor for the extension registry. */
    public NaltrexonePk() {
        // indices are constants, checked against the declaration by bind
    }

    @Override
    public void bind(MechanismSpec spec) throws MechanismException {
        spec.requireParameters("ka", "F", "CL", "Vc", "Q", "Vp", "fmSystemic", "fmFirstPass", "CLm", "Vm");
        spec.requireStates("gut", "central", "peripheral", "naltrexol");
        spec.requireInputs("dose");
        spec.requireOutputs("Cntx", "Cntxol");
    }

    @Override
    public void initialState(double[] p, double[] x0) {
        x0[GUT] = 0;
        x0[CENTRAL] = 0;
        x0[PERIPHERAL] = 0;
        x0[NALTREXOL] = 0;
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        double absorb = p[KA] * x[GUT];
        double c = x[CENTRAL];
        double per = x[PERIPHERAL];
        double kel = p[CL] / p[VC];
        double toPeripheral = p[Q] / p[VC] * c;
        double fromPeripheral = p[Q] / p[VP] * per;
        double bioavailable = p[F] * absorb;
        double firstPass = absorb - bioavailable; // (1-F)*absorb
        dx[GUT] = -absorb;
        dx[CENTRAL] = bioavailable - kel * c - toPeripheral + fromPeripheral;
        dx[PERIPHERAL] = toPeripheral - fromPeripheral;
        dx[NALTREXOL] = (p[FM_FIRST_PASS] * firstPass + p[FM_SYSTEMIC] * kel * c) * MOLAR_RATIO
                - p[CLM] / p[VM] * x[NALTREXOL];
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        if (index == CNTX) {
            return NG_PER_ML * x[CENTRAL] / p[VC];
        }
        if (index == CNTXOL) {
            return NG_PER_ML * x[NALTREXOL] / p[VM];
        }
        throw new IllegalArgumentException("no continuous output " + index);
    }

    @Override
    public void applyEvent(int eventInput, double value, double[] x, double[] p) {
        if (eventInput != DOSE) {
            throw new IllegalArgumentException("no event input " + eventInput);
        }
        x[GUT] += value;
    }
}
