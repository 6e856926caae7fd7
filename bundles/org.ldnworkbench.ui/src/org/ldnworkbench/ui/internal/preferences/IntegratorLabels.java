package org.ldnworkbench.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.pipeline.Integrator;

/** What the integrators are called for users: the method, and the name pipeline files use in brackets. */
final class IntegratorLabels {
    private IntegratorLabels() {
    }

    static String of(Integrator integrator) {
        String method = switch (integrator) {
            case DORMAND_PRINCE_853 -> Messages.integratorDp853;
            case DORMAND_PRINCE_54 -> Messages.integratorDp54;
            case RK4 -> Messages.integratorRk4;
        };
        return NLS.bind(Messages.integratorEntry, method, integrator.word());
    }
}
