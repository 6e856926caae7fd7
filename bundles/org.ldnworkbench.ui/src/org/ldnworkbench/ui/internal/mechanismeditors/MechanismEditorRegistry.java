package org.ldnworkbench.ui.internal.mechanismeditors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.ui.mechanism.MechanismEditor;

/**
 * The contributions to the extension point {@value #EXTENSION_POINT}: read once, without loading any contributed
 * class, one per mechanism id (the first one read wins; a second is reported naming both bundles). Instances are
 * created on each {@link #create} from the kept configuration element; a contribution whose class fails, or whose
 * editor fails while building its control ({@link #quarantine}), is reported with its bundle's name and refused from
 * then on, so that its mechanism gets the generic form.
 * <p>
 * Threading: the user-interface thread (editors open there).
 */
public final class MechanismEditorRegistry {
    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.ldnworkbench.ui.mechanismEditors";

    private static final ILog LOG = ILog.of(MechanismEditorRegistry.class);
    private static MechanismEditorRegistry instance;

    /**
     * One usable contribution.
     *
     * @param mechanismId the mechanism it edits
     * @param contributor the symbolic name of the contributing bundle
     * @param name the editor's name for users, or empty
     * @param element the declaration, to create the class from
     */
    public record Contribution(String mechanismId, String contributor, String name, IConfigurationElement element) {
    }

    /**
     * What {@link #create} gives: an editor, or why there is none (null when the mechanism has no contribution).
     *
     * @param editor the new editor, or null
     * @param contribution where it comes from, or null when the mechanism has none
     * @param problem why a contributed editor cannot be used, or null
     */
    public record Created(MechanismEditor editor, Contribution contribution, String problem) {
    }

    private final Map<String, Contribution> contributions = new LinkedHashMap<>();
    private final Map<String, String> quarantined = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** @param registry the extension registry to read (the platform's, or a standalone one in tests) */
    public MechanismEditorRegistry(IExtensionRegistry registry) {
        IConfigurationElement[] elements = registry == null ? new IConfigurationElement[0]
                : registry.getConfigurationElementsFor(EXTENSION_POINT);
        for (IConfigurationElement e : elements) {
            if ("editor".equals(e.getName())) {
                read(e);
            }
        }
    }

    /** @return the registry of the running platform, read on first use */
    public static synchronized MechanismEditorRegistry getDefault() {
        if (instance == null) {
            instance = new MechanismEditorRegistry(RegistryFactory.getRegistry());
        }
        return instance;
    }

    private void read(IConfigurationElement e) {
        String contributor = contributorName(e);
        try {
            String mechanism = attribute(e, "mechanism");
            String className = attribute(e, "class");
            if (mechanism.isEmpty() || className.isEmpty()) {
                report(NLS.bind(Messages.Registry_incomplete, contributor,
                        mechanism.isEmpty() ? "mechanism" : "class"), null);
                return;
            }
            Contribution first = contributions.get(mechanism);
            if (first != null) {
                report(NLS.bind(Messages.Registry_duplicate,
                        new Object[] { mechanism, contributor, first.contributor() }), null);
                return;
            }
            contributions.put(mechanism, new Contribution(mechanism, contributor, attribute(e, "name"), e));
        } catch (InvalidRegistryObjectException ex) {
            report(NLS.bind(Messages.Registry_incomplete, contributor, ex.getMessage()), ex);
        }
    }

    private static String attribute(IConfigurationElement e, String name) {
        String v = e.getAttribute(name);
        return v == null ? "" : v.strip();
    }

    /** @return the symbolic name of the bundle or fragment that declares the element */
    private static String contributorName(IConfigurationElement e) {
        if (e.getContributor() instanceof RegistryContributor c) {
            return c.getActualName();
        }
        return e.getContributor().getName();
    }

    /**
     * @param mechanismId a mechanism id
     * @return its usable contribution, or null when it has none or it is quarantined
     */
    public Contribution contribution(String mechanismId) {
        return quarantined.containsKey(mechanismId) ? null : contributions.get(mechanismId);
    }

    /**
     * Creates the contributed editor of a mechanism.
     *
     * @param mechanismId a mechanism id
     * @return the editor; or no editor and no problem when the mechanism has no contribution; or no editor and the
     *         reason when its contribution is quarantined or fails now (then it is quarantined)
     */
    public Created create(String mechanismId) {
        Contribution c = contributions.get(mechanismId);
        if (c == null) {
            return new Created(null, null, null);
        }
        String refused = quarantined.get(mechanismId);
        if (refused != null) {
            return new Created(null, c, refused);
        }
        try {
            Object o = c.element().createExecutableExtension("class");
            if (o instanceof MechanismEditor editor) {
                return new Created(editor, c, null);
            }
            return new Created(null, c, quarantine(c, NLS.bind(Messages.Registry_notAnEditor,
                    o.getClass().getName(), MechanismEditor.class.getName()), null));
        } catch (CoreException | RuntimeException | LinkageError e) {
            String cause = e instanceof CoreException ce ? ce.getStatus().getMessage() : describe(e);
            return new Created(null, c, quarantine(c, cause, e));
        }
    }

    /**
     * Refuses a contribution from now on and reports why.
     *
     * @param c the contribution
     * @param cause what went wrong, for users
     * @param e the exception, or null
     * @return the reported message, naming the mechanism and the contributing bundle
     */
    public String quarantine(Contribution c, String cause, Throwable e) {
        String message = NLS.bind(Messages.Registry_quarantined, new Object[] { c.mechanismId(), c.contributor(),
                cause });
        quarantined.put(c.mechanismId(), message);
        report(message, e);
        return message;
    }

    /** @return a throwable as its class and message, for the user */
    public static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** @return messages about contributions skipped or quarantined, oldest first */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private void report(String message, Throwable e) {
        problems.add(message);
        LOG.log(Status.warning(message, e));
    }
}
