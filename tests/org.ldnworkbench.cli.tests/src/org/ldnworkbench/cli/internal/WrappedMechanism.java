package org.ldnworkbench.cli.internal;

import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;

/**
 * A real mechanism of the registry behind a test's wrapper: every call goes to it unless the wrapper overrides the
 * call to fail, cancel or refuse at a chosen moment.
 */
abstract class WrappedMechanism implements Mechanism {
    private final Mechanism inner;

    WrappedMechanism(Mechanism inner) {
        this.inner = inner;
    }

    @Override
    public void bind(MechanismSpec spec) throws MechanismException {
        inner.bind(spec);
    }

    @Override
    public void initialState(double[] p, double[] x0) {
        inner.initialState(p, x0);
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        inner.derivatives(t, x, u, p, dx);
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        return inner.output(index, t, x, u, p);
    }
}
