package org.ldnworkbench.core.internal.registry;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.core.runtime.spi.RegistryStrategy;

/**
 * An Equinox extension registry of its own, filled from {@link ContributionFile}s instead of installed bundles, so
 * that declarations read on a plain class path go through the same parser, the same {@code %key} translation and
 * the same {@link IConfigurationElement}s as in the product. It needs the jars of {@code org.eclipse.equinox.registry},
 * {@code org.eclipse.equinox.common} and {@code org.eclipse.osgi} (for its message classes) on the class path, but no
 * running OSGi framework. Close it when its elements have been read.
 */
public final class StandaloneRegistry implements AutoCloseable {
    /** Only the holder of this token may add to or stop the registry. */
    private final Object token = new Object();
    private final Strategy strategy = new Strategy();
    private final IExtensionRegistry registry = RegistryFactory.createRegistry(strategy, token, null);
    private final Map<String, ContributionFile> files = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** @param files what to contribute, in this order: the file declaring an extension point should come first */
    public StandaloneRegistry(List<ContributionFile> files) {
        for (ContributionFile f : files) {
            add(f, translations(f, files));
        }
    }

    /**
     * @return the file's plugin.properties; for a fragment without one, its host's, as in OSGi where a fragment's
     *         {@code %key}s are looked up in its host's localization
     */
    private static ResourceBundle translations(ContributionFile f, List<ContributionFile> files) {
        ResourceBundle own = f.translations();
        if (own != null || f.host() == null) {
            return own;
        }
        return files.stream().filter(h -> h.bundle().equals(f.host()) && h.host() == null).findFirst()
                .map(ContributionFile::translations).orElse(null);
    }

    private void add(ContributionFile f, ResourceBundle translations) {
        IContributor contributor = f.contributor();
        files.put(f.url().toString(), f);
        boolean added;
        try (InputStream in = f.url().openStream()) {
            added = registry.addContribution(in, contributor, false, f.url().toString(), translations, token);
        } catch (IOException e) {
            problems.add(f.url() + ": not readable: " + e.getMessage());
            return;
        }
        List<String> logged = strategy.takeLog();
        if (!added) {
            problems.add(f.url() + ": not readable XML: " + String.join("; ", logged));
        } else {
            logged.forEach(m -> problems.add(f.url() + ": " + m));
        }
    }

    /** @return whether some file declared the extension point with that full id */
    public boolean declares(String extensionPoint) {
        return registry.getExtensionPoint(extensionPoint) != null;
    }

    /** @return the elements contributed to the extension point, in the order of the files that declare them */
    public IConfigurationElement[] elementsFor(String extensionPoint) {
        return registry.getConfigurationElementsFor(extensionPoint);
    }

    /** @return the file that declares the element */
    public ContributionFile fileOf(IConfigurationElement element) {
        return files.get(((RegistryContributor) element.getContributor()).getActualId());
    }

    /** @return what the registry reported while reading the files, each naming its file */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() {
        registry.stop(token);
    }

    /**
     * Without storage (nothing is cached between runs), with messages kept for {@link StandaloneRegistry#problems()}
     * instead of printed on standard output, and with a {@code %key} missing from plugin.properties left as written,
     * where Equinox's default would throw from the middle of parsing.
     */
    private static final class Strategy extends RegistryStrategy {
        private final List<String> log = new ArrayList<>();

        Strategy() {
            super(null, null);
        }

        @Override
        public void log(IStatus status) {
            collect(status);
        }

        /** Keeps warnings and errors; of a status that groups others, the grouped ones, which say what. */
        private void collect(IStatus status) {
            if (status.getChildren().length > 0) {
                for (IStatus child : status.getChildren()) {
                    collect(child);
                }
            } else if (status.getSeverity() >= IStatus.WARNING) {
                Throwable t = status.getException();
                log.add(t == null ? status.getMessage() : status.getMessage() + " " + t.getMessage());
            }
        }

        List<String> takeLog() {
            List<String> taken = List.copyOf(log);
            log.clear();
            return taken;
        }

        @Override
        public String translate(String key, ResourceBundle resources) {
            try {
                return super.translate(key, resources);
            } catch (MissingResourceException e) {
                return key;
            }
        }

        @Override
        public boolean cacheUse() {
            return false;
        }
    }
}
