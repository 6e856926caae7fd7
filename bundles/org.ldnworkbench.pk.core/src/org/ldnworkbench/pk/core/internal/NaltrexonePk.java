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
    /** mg of 6-beta-naltrexol formed per mg of naltrexone metabolised. */
    static final double MOLAR_RATIO = PkMechanisms.NALTREXOL_MOLAR_MASS / PkMechanisms.NALTREXONE_MOLAR_MASS;
    /** mg/L to ng/mL. */
    private static final double NG_PER_ML = 1000.0;

    private int ka;
    private int f;
    private int cl;
    private int vc;
    private int q;
    private int vp;
    private int fmSystemic;
    private int fmFirstPass;
    private int clm;
    private int vm;

    private int gut;
    private int central;
    private int peripheral;
    private int naltrexol;

    private int dose;
    private int cntx;
    private int cntxol;

    /** Public no-argument constructor for the extension registry. */
    public NaltrexonePk() {
        // indices are set by bind
    }

    @Override
    public void bind(MechanismSpec spec) throws MechanismException {
        ka = spec.requireParameter("ka");
        f = spec.requireParameter("F");
        cl = spec.requireParameter("CL");
        vc = spec.requireParameter("Vc");
        q = spec.requireParameter("Q");
        vp = spec.requireParameter("Vp");
        fmSystemic = spec.requireParameter("fmSystemic");
        fmFirstPass = spec.requireParameter("fmFirstPass");
        clm = spec.requireParameter("CLm");
        vm = spec.requireParameter("Vm");
        gut = spec.requireState("gut");
        central = spec.requireState("central");
        peripheral = spec.requireState("peripheral");
        naltrexol = spec.requireState("naltrexol");
        dose = spec.requireInput("dose");
        cntx = spec.requireOutput("Cntx");
        cntxol = spec.requireOutput("Cntxol");
    }

    @Override
    public void initialState(double[] p, double[] x0) {
        x0[gut] = 0;
        x0[central] = 0;
        x0[peripheral] = 0;
        x0[naltrexol] = 0;
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        double absorb = p[ka] * x[gut];
        double c = x[central];
        double per = x[peripheral];
        double kel = p[cl] / p[vc];
        double toPeripheral = p[q] / p[vc] * c;
        double fromPeripheral = p[q] / p[vp] * per;
        double bioavailable = p[f] * absorb;
        double firstPass = absorb - bioavailable; // (1-F)*absorb
        dx[gut] = -absorb;
        dx[central] = bioavailable - kel * c - toPeripheral + fromPeripheral;
        dx[peripheral] = toPeripheral - fromPeripheral;
        dx[naltrexol] = (p[fmFirstPass] * firstPass + p[fmSystemic] * kel * c) * MOLAR_RATIO
                - p[clm] / p[vm] * x[naltrexol];
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        if (index == cntx) {
            return NG_PER_ML * x[central] / p[vc];
        }
        if (index == cntxol) {
            return NG_PER_ML * x[naltrexol] / p[vm];
        }
        throw new IllegalArgumentException("no continuous output " + index);
    }

    @Override
    public void applyEvent(int eventInput, double value, double[] x, double[] p) {
        if (eventInput != dose) {
            throw new IllegalArgumentException("no event input " + eventInput);
        }
        x[gut] += value;
    }
}
