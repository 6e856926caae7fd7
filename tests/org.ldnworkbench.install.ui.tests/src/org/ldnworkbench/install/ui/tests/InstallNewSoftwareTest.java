package org.ldnworkbench.install.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.ui.tests.support.Dialogs;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.Screenshots;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * Help &gt; Install New Software on the example plugin's p2 repository, through the command the menu item runs: the
 * repository typed into "Work with" (as Add... &gt; Local... fills it; the folder dialog is GTK's own and cannot be
 * driven here), its category and feature in the tree. Then Cancel: the test runtime is not an installation to change
 * (the packaged product's install, restart and uninstall are checked by hand, see docs/USER-GUIDE.md).
 * <p>
 * The wizard is modal: its command returns only when it closes, so the checks run inside the wizard's event loop
 * ({@link Dialogs#answerNext}), and a failure there is kept and thrown after the wizard closed. The combo's Enter
 * key is delivered to its listeners directly (Xvfb without a window manager gives the dialog no keyboard focus).
 * <p>
 * Tycho's test runtime is not installed by p2, so it has no p2 profile and the p2 UI would refuse to open: the test
 * creates an empty one under the id the build passes as {@code eclipse.p2.profile}.
 */
@ExtendWith(ScreenshotOnFailure.class)
class InstallNewSoftwareTest {
    private static final String INSTALL_COMMAND = "org.eclipse.equinox.p2.ui.sdk.install";
    /** Set by the build: the example's p2 repository folder (examples/third-party-mechanism/build makes it). */
    private static final String REPOSITORY_PROPERTY = "ldnworkbench.example.repository";
    /** examples/third-party-mechanism/repository/category.xml */
    private static final String CATEGORY = "LDN Mechanisms by Example Lab";
    /** the label of examples/third-party-mechanism/features/org.example.ldn.sustainedrelease.feature */
    private static final String FEATURE = "Sustained-release naltrexone (example LDN Workbench mechanism)";
    private static final Duration LOADING = Duration.ofSeconds(60);

    private static URI repository;
    private static boolean profileCreated;

    @BeforeAll
    static void profileAndRepository() throws ProvisionException {
        String folder = System.getProperty(REPOSITORY_PROPERTY);
        assertNotNull(folder, "the build sets " + REPOSITORY_PROPERTY);
        Path repo = Path.of(folder).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(repo.resolve("content.jar")),
                "no p2 repository at " + repo + ": examples/third-party-mechanism/build makes it");
        // the form Add... > Local... enters (file:/folder/)
        repository = repo.toFile().toURI();
        IProfileRegistry profiles = agent().getService(IProfileRegistry.class);
        String id = System.getProperty("eclipse.p2.profile");
        assertNotNull(id, "the build names the test runtime's p2 profile (eclipse.p2.profile)");
        if (profiles.getProfile(id) == null) {
            profiles.addProfile(id, Map.of(IProfile.PROP_INSTALL_FOLDER,
                    Path.of(System.getProperty("java.io.tmpdir"), "ldnworkbench-ui-test-profile").toString(),
                    IProfile.PROP_ENVIRONMENTS, "osgi.os=linux,osgi.ws=gtk,osgi.arch=x86_64"));
            profileCreated = true;
        }
    }

    @AfterAll
    static void forgetRepositoryAndProfile() {
        ProvisioningUI ui = ProvisioningUI.getDefaultUI();
        if (repository != null) {
            ui.getRepositoryTracker().removeRepositories(new URI[] {repository}, ui.getSession());
        }
        if (profileCreated) {
            agent().getService(IProfileRegistry.class).removeProfile(System.getProperty("eclipse.p2.profile"));
        }
    }

    @Test
    void theExampleRepositoryShowsItsCategoryAndFeature() {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Dialogs.Answer cancel = Dialogs.answerNext("Cancel", wizard -> {
            try {
                showExampleIn(wizard);
            } catch (Throwable t) {
                failure.set(t);
            }
        }, LOADING);

        Workbenches.execute(INSTALL_COMMAND);

        cancel.assertAnswered();
        if (failure.get() instanceof AssertionError e) {
            throw e;
        } else if (failure.get() != null) {
            fail("Install New Software failed: " + failure.get(), failure.get());
        }
    }

    /** In the open wizard: work with the example repository, see its category and, under it, its feature. */
    private static void showExampleIn(Shell wizard) {
        Combo workWith = (Combo) Widgets.besideLabel(wizard, "Work with:");
        workWith.setText(repository.toString());
        Event enter = new Event();
        enter.keyCode = SWT.CR;
        enter.character = SWT.CR;
        Events.notify(workWith, SWT.KeyDown, enter);

        Tree tree = Widgets.find(wizard, Tree.class, Widgets.visible(), "the available software");
        TreeItem category = UiWait.forValue("the category '" + CATEGORY + "' in the available software",
                () -> item(tree.getItems(), CATEGORY), LOADING);
        category.setExpanded(true);
        Event expand = new Event();
        expand.item = category;
        Events.notify(tree, SWT.Expand, expand);
        TreeItem feature = UiWait.forValue("the feature '" + FEATURE + "' under its category",
                () -> item(category.getItems(), FEATURE), LOADING);
        assertTrue(feature.getText(1).startsWith("1.0.0"), "the feature's version: " + feature.getText(1));
        tree.setSelection(feature);
        UiWait.pause(Duration.ofMillis(300));
        Screenshots.save(wizard, "install-new-software");
    }

    private static TreeItem item(TreeItem[] items, String text) {
        for (TreeItem item : items) {
            if (text.equals(item.getText())) {
                return item;
            }
        }
        return null;
    }

    private static IProvisioningAgent agent() {
        return ProvisioningUI.getDefaultUI().getSession().getProvisioningAgent();
    }
}
