package org.ldnworkbench.core.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.internal.registry.ConfigurationElementAdapter;
import org.ldnworkbench.core.internal.registry.OwnBundles;
import org.ldnworkbench.core.internal.registry.SpecReader;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.osgi.framework.Bundle;

/**
 * The mechanisms contributed to the extension point {@value #EXTENSION_POINT}. Declarations are read once, without
 * loading any contributed class; instances are created lazily under {@link SafeRunner}. A contribution whose
 * declaration is invalid is skipped and reported; one whose class fails to load or bind, or one of whose calls did
 * not return during a run ({@link #quarantine}), is quarantined: reported with its contributor's name and refused
 * from then on, while the rest keeps working. Of two contributions with the
 * same id one is refused, naming both contributors; a bundle of ours always wins over a plugin.
 *
 * @since 0.1
 */
public final class MechanismRegistry implements MechanismCatalog {
    /**
     * The extension point's full id.
     *
     * @since 0.1
     */
    public static final String EXTENSION_POINT = "org.ldnworkbench.core.mechanisms";

    private static final ILog LOG = ILog.of(MechanismRegistry.class);
    private static volatile MechanismRegistry instance;

    private static final class Entry {
        final IConfigurationElement element;
        final MechanismSpec spec;
        volatile String quarantine;

        Entry(IConfigurationElement element, MechanismSpec spec) {
            this.element = element;
            this.spec = spec;
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * Reads the declarations of the given registry.
     *
     * @since 0.1
     */
    public MechanismRegistry(IExtensionRegistry registry) {
        IConfigurationElement[] elements = registry == null ? new IConfigurationElement[0]
                : registry.getConfigurationElementsFor(EXTENSION_POINT);
        for (IConfigurationElement e : elements) {
            if (!"mechanism".equals(e.getName())) {
                continue;
            }
            String contributor = contributorName(e);
            try {
                MechanismSpec spec = SpecReader.read(new ConfigurationElementAdapter(e), contributor,
                        bundleVersion(contributor));
                if (e.getAttribute("class") == null) {
                    throw new IllegalArgumentException(spec.id() + ": missing attribute 'class'");
                }
                Entry old = entries.get(spec.id());
                if (old != null && OwnBundles.replaces(contributor, old.spec.contributor())) {
                    refuseDuplicate(old.spec.contributor(), spec);
                    entries.put(spec.id(), new Entry(e, spec));
                } else if (old != null) {
                    refuseDuplicate(contributor, old.spec);
                } else {
                    entries.put(spec.id(), new Entry(e, spec));
                }
            } catch (IllegalArgumentException | org.eclipse.core.runtime.InvalidRegistryObjectException ex) {
                report("invalid mechanism declaration in " + contributor + ": " + ex.getMessage(), null);
            }
        }
    }

    /**
     * @return the registry of the running platform, read on first use
     * @since 0.1
     */
    public static MechanismRegistry getDefault() {
        MechanismRegistry r = instance;
        if (r == null) {
            synchronized (MechanismRegistry.class) {
                r = instance;
                if (r == null) {
                    r = new MechanismRegistry(RegistryFactory.getRegistry());
                    instance = r;
                }
            }
        }
        return r;
    }

    /** Reports the refused duplicate naming both contributors; the kept one is {@code kept}. */
    private void refuseDuplicate(String refusedContributor, MechanismSpec kept) {
        report("mechanism " + kept.id() + " from " + refusedContributor + " refused: the id is taken by "
                + kept.contributor(), null);
    }

    /** @return the symbolic name of the bundle or fragment that declares the element */
    private static String contributorName(IConfigurationElement e) {
        if (e.getContributor() instanceof RegistryContributor) {
            return ((RegistryContributor) e.getContributor()).getActualName();
        }
        return e.getContributor().getName();
    }

    private static String bundleVersion(String symbolicName) {
        try {
            Bundle b = Platform.getBundle(symbolicName);
            return b == null ? "" : b.getVersion().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private void report(String message, Throwable t) {
        synchronized (problems) {
            problems.add(message);
        }
        LOG.log(Status.warning(message, t));
    }

    /**
     * @return messages about contributions that were skipped or quarantined
     * @since 0.1
     */
    public List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    @Override
    public MechanismSpec spec(String mechanismId) {
        Entry e = entries.get(mechanismId);
        return e == null ? null : e.spec;
    }

    @Override
    public Collection<MechanismSpec> all() {
        List<MechanismSpec> l = new ArrayList<>();
        entries.values().forEach(e -> l.add(e.spec));
        return Collections.unmodifiableList(l);
    }

    /**
     * @return why the mechanism is quarantined, or null when it is usable
     * @since 0.1
     */
    public String quarantineReason(String mechanismId) {
        Entry e = entries.get(mechanismId);
        return e == null ? null : e.quarantine;
    }

    /**
     * Refuses the mechanism from now on, as one whose class failed to load: {@link #create} throws with
     * {@code reason}, so a pipeline using it is refused at compile time, and {@link #problems()} names it. The engine
     * calls this when a call of the mechanism did not return within the mechanism timeout; the first reason is kept.
     *
     * @param reason one line naming the mechanism, its bundle and what happened
     * @noreference This method is not intended to be referenced by clients; the engine calls it.
     * @since 0.1
     */
    public void quarantine(String mechanismId, String reason) {
        Entry e = entries.get(mechanismId);
        if (e == null) {
            return;
        }
        synchronized (e) {
            if (e.quarantine != null) {
                return;
            }
            e.quarantine = reason;
        }
        report(reason, null);
    }

    @Override
    public Mechanism create(String mechanismId) throws MechanismException {
        Entry e = entries.get(mechanismId);
        if (e == null) {
            throw new MechanismException("mechanism " + mechanismId + " is not installed");
        }
        if (e.quarantine != null) {
            throw new MechanismException(e.quarantine);
        }
        Mechanism[] created = new Mechanism[1];
        Throwable[] failure = new Throwable[1];
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                Object o = e.element.createExecutableExtension("class");
                if (!(o instanceof Mechanism)) {
                    throw new MechanismException("class " + o.getClass().getName() + " does not implement "
                            + Mechanism.class.getName());
                }
                Mechanism m = (Mechanism) o;
                m.bind(e.spec);
                created[0] = m;
            }

            @Override
            public void handleException(Throwable ex) {
                failure[0] = ex;
            }
        });
        if (created[0] == null) {
            Throwable ex = failure[0];
            String cause = ex instanceof CoreException ? ((CoreException) ex).getStatus().getMessage()
                    : ex == null ? "unknown failure" : ex.getClass().getSimpleName() + ": " + ex.getMessage();
            String msg = "mechanism " + mechanismId + " from " + e.spec.contributor() + " failed to load and is "
                    + "quarantined: " + cause;
            boolean first;
            synchronized (e) { // a reason given meanwhile (a call that did not return, then interrupted) is kept
                first = e.quarantine == null;
                if (first) {
                    e.quarantine = msg;
                }
            }
            if (first) {
                report(msg, ex);
            }
            throw new MechanismException(msg, ex);
        }
        return created[0];
    }
}
