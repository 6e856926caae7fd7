package org.ldnworkbench.cli.internal;

import java.util.Collection;

import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.registry.MechanismRegistry;

/** The installed mechanisms (the real registry), with the instances a test replaces by faulty ones. */
abstract class InstalledMechanismsWith implements MechanismCatalog {
    private final MechanismCatalog installed = MechanismRegistry.getDefault();

    /** @return the instance to run for {@code id}: {@code real} itself, or a faulty wrapper of it */
    abstract Mechanism replace(String id, Mechanism real);

    @Override
    public MechanismSpec spec(String id) {
        return installed.spec(id);
    }

    @Override
    public Collection<MechanismSpec> all() {
        return installed.all();
    }

    @Override
    public Mechanism create(String id) throws MechanismException {
        return replace(id, installed.create(id));
    }
}
