package org.ldnworkbench.core.engine;

import java.util.Collection;

import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;

/**
 * Where the compiler finds mechanisms. In the product this is the extension registry
 * ({@code org.ldnworkbench.core.registry.MechanismRegistry}); on a plain class path, any other source of
 * declarations and instances.
 *
 * @since 0.1
 * @noimplement This interface is not intended to be implemented by clients; use {@code MechanismRegistry} or
 *               {@code ClasspathMechanismCatalog}. Test code in this repository implements it.
 */
public interface MechanismCatalog {

    /**
     * @return the declaration of the mechanism, or null when none is installed under that id
     * @since 0.1
     */
    MechanismSpec spec(String mechanismId);

    /**
     * @return every installed mechanism
     * @since 0.1
     */
    Collection<MechanismSpec> all();

    /**
     * Creates and binds an executable instance.
     *
     * @throws MechanismException when the contribution cannot be loaded or bound; the message names the mechanism
     *         and its contributor
     * @since 0.1
     */
    Mechanism create(String mechanismId) throws MechanismException;
}
