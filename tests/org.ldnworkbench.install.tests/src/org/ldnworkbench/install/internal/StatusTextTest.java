package org.ldnworkbench.install.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.net.ConnectException;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.junit.jupiter.api.Test;

/** One line from p2's status trees, as p2 builds them for the failures users meet. */
class StatusTextTest {
    private final RepositoryAddress web = new RepositoryAddress("http://127.0.0.1:9/",
            java.net.URI.create("http://127.0.0.1:9/"));

    @Test
    void anUnreachableServerGivesTheReasonOfTheConnection() {
        IStatus status = new Status(IStatus.ERROR, "p2", ProvisionException.REPOSITORY_FAILED_READ,
                "Unable to connect to repository http://127.0.0.1:9/content.xml",
                new ProvisionException("x", new ConnectException("Connection refused")));
        assertEquals("cannot read the p2 repository 'http://127.0.0.1:9/': Connection refused",
                SourceRepository.unreadable(web, status));
    }

    @Test
    void aFolderWithoutRepositoryIsSaidInOurWords() {
        IStatus status = new Status(IStatus.ERROR, "p2", ProvisionException.REPOSITORY_NOT_FOUND,
                "No repository found at file:/tmp/.", null);
        assertEquals("cannot read the p2 repository 'http://127.0.0.1:9/': no p2 repository there (no content.jar, "
                + "content.xml or compositeContent.jar)", SourceRepository.unreadable(web, status));
    }

    @Test
    void theEnginesFailurePassesOverItsSessionContext() {
        IStatus status = new MultiStatus("p2", 4, new IStatus[] {
                Status.error("session context was:(profile=DefaultProfile, phase=Collect, operand=, action=)."),
                new Status(IStatus.ERROR, "p2", "An error occurred copying file /r/plugins/x.jar.",
                        new FileNotFoundException("/r/plugins/x.jar (No such file or directory)")),
                Status.error("Can't download artifact osgi.bundle,x,1.0.0 from any of the following repositories") },
                "An error occurred while collecting items to be installed", null);
        assertEquals("An error occurred while collecting items to be installed: /r/plugins/x.jar (No such file or "
                + "directory)", StatusText.withReason(status));
    }

    @Test
    void withoutExceptionTheFirstErrorLeafIsTheReason() {
        IStatus status = new MultiStatus("p2", 4, new IStatus[] { Status.info("fine"),
                Status.error("session context was:(...)"), Status.error("the\nreal\treason  ") }, "root", null);
        assertEquals("the real reason", StatusText.reason(status));
    }

    @Test
    void aCycleOfCausesEnds() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        assertTrue(StatusText.reason(new Status(IStatus.ERROR, "p2", "m", a)).length() == 1);
    }

    @Test
    void longMessagesAreCut() {
        String line = StatusText.oneLine("x".repeat(10_000));
        assertEquals(StatusText.MAX_LENGTH + 3, line.length());
        assertTrue(line.endsWith("..."));
    }
}
