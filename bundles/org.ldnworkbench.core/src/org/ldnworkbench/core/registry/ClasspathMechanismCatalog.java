package org.ldnworkbench.core.registry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IConfigurationElement;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.internal.registry.ConfigurationElementAdapter;
import org.ldnworkbench.core.internal.registry.ContributionFile;
import org.ldnworkbench.core.internal.registry.OwnBundles;
import org.ldnworkbench.core.internal.registry.SpecReader;
import org.ldnworkbench.core.internal.registry.StandaloneRegistry;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;

/**
 * Mechanisms found on a plain class path, without a running OSGi framework: every {@code plugin.xml} and
 * {@code fragment.xml} visible to the class loader is contributed to a standalone Equinox extension registry (with
 * the {@code %key} strings of the plugin.properties beside it, and the contributor named by the manifest beside it),
 * and the contributions to {@value MechanismRegistry#EXTENSION_POINT} are read by the same reader as in the
 * product. So a declaration means the same, and is refused for the same reason, in both. This is how the engine
 * runs outside the workbench (cluster jobs, plain-Java tools); in the product, {@link MechanismRegistry} is used.
 * <p>
 * The class path must hold the jars of {@code org.eclipse.equinox.registry}, {@code org.eclipse.equinox.common} and
 * {@code org.eclipse.osgi} (used as a library, not started) besides this bundle's. Classes are loaded only when a
 * mechanism is created.
 * <p>
 * The rules of {@link MechanismRegistry} hold here too: of two declarations of one id, one of our bundles
 * ({@code org.ldnworkbench.*}) is kept over a plugin's whatever the order of the class path, otherwise the first,
 * and the refusal names both bundles; a mechanism whose call never returned is quarantined ({@link #quarantine}).
 *
 * @since 0.1
 */
public final class ClasspathMechanismCatalog implements MechanismCatalog {
    /** The bundle that declares the extension point: its plugin.xml is contributed first. */
    private static final String DECLARING_BUNDLE = MechanismRegistry.EXTENSION_POINT.substring(0,
            MechanismRegistry.EXTENSION_POINT.lastIndexOf('.'));

    private final ClassLoader loader;
    private final Map<String, MechanismSpec> specs = new LinkedHashMap<>();
    private final Map<String, String> classes = new LinkedHashMap<>();
    private final Map<String, String> quarantined = new ConcurrentHashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param loader the class loader whose resources and classes to use
     * @throws IOException when the loader cannot list its plugin.xml resources
     * @since 0.1
     */
    public ClasspathMechanismCatalog(ClassLoader loader) throws IOException {
        this.loader = loader;
        try (StandaloneRegistry registry = new StandaloneRegistry(
                ContributionFile.onClassPath(loader, DECLARING_BUNDLE))) {
            problems.addAll(registry.problems());
            if (!registry.declares(MechanismRegistry.EXTENSION_POINT)) {
                problems.add("no plugin.xml on the class path declares the extension point "
                        + MechanismRegistry.EXTENSION_POINT + " (is the jar of " + DECLARING_BUNDLE + " on it?)");
            }
            for (IConfigurationElement e : registry.elementsFor(MechanismRegistry.EXTENSION_POINT)) {
                if ("mechanism".equals(e.getName())) {
                    read(e, registry.fileOf(e));
                }
            }
        }
    }

    /**
     * Keeps the declaration, or reports why not naming its file; of two declarations of an id, one of our bundles'
     * replaces a plugin's, otherwise the first is kept.
     */
    private void read(IConfigurationElement e, ContributionFile file) {
        try {
            MechanismSpec spec = SpecReader.read(new ConfigurationElementAdapter(e), file.bundle(), file.version());
            String className = e.getAttribute("class");
            if (className == null || className.isBlank()) {
                throw new IllegalArgumentException(spec.id() + ": missing attribute 'class'");
            }
            MechanismSpec old = specs.get(spec.id());
            if (old == null || OwnBundles.replaces(spec.contributor(), old.contributor())) {
                if (old != null) {
                    refuseDuplicate(old.contributor(), spec);
                }
                specs.put(spec.id(), spec);
                classes.put(spec.id(), className.trim());
            } else {
                refuseDuplicate(spec.contributor(), old);
            }
        } catch (IllegalArgumentException ex) {
            problems.add(file.url() + ": invalid mechanism declaration: " + ex.getMessage());
        }
    }

    /** Reports the refused duplicate naming both bundles, in the words of {@link MechanismRegistry}. */
    private void refuseDuplicate(String refusedContributor, MechanismSpec kept) {
        problems.add("mechanism " + kept.id() + " from " + refusedContributor + " refused: the id is taken by "
                + kept.contributor());
    }

    /**
     * @return declarations that were skipped, files that could not be read, and quarantined mechanisms, each with
     *         the reason
     * @since 0.1
     */
    public List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    /**
     * Refuses the mechanism from now on: {@link #create} throws with {@code reason} and {@link #problems()} names
     * it. The engine calls this when a call of the mechanism did not return within the mechanism timeout; the first
     * reason is kept.
     *
     * @noreference This method is not intended to be referenced by clients; the engine calls it.
     * @since 0.1
     */
    public void quarantine(String mechanismId, String reason) {
        if (specs.containsKey(mechanismId) && quarantined.putIfAbsent(mechanismId, reason) == null) {
            problems.add(reason);
        }
    }

    @Override
    public MechanismSpec spec(String mechanismId) {
        return specs.get(mechanismId);
    }

    @Override
    public Collection<MechanismSpec> all() {
        return Collections.unmodifiableCollection(specs.values());
    }

    @Override
    public Mechanism create(String mechanismId) throws MechanismException {
        MechanismSpec spec = specs.get(mechanismId);
        if (spec == null) {
            throw new MechanismException("mechanism " + mechanismId + " is not on the class path");
        }
        String refused = quarantined.get(mechanismId);
        if (refused != null) {
            throw new MechanismException(refused);
        }
        try {
            Object o = Class.forName(classes.get(mechanismId), true, loader).getDeclaredConstructor().newInstance();
            if (!(o instanceof Mechanism)) {
                throw new MechanismException(mechanismId + ": " + o.getClass().getName() + " is no Mechanism");
            }
            ((Mechanism) o).bind(spec);
            return (Mechanism) o;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            throw new MechanismException("mechanism " + mechanismId + " failed to load: " + e, e);
        }
    }
}
