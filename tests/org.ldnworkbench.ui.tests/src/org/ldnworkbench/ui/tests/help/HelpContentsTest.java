package org.ldnworkbench.ui.tests.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.help.internal.base.BaseHelpSystem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;

/**
 * Help &gt; Help Contents: the workbench's user guide is a primary table of contents, and every one of its topics is
 * served by the help system's own server, the one the help window shows. The page is fetched over HTTP rather than
 * shown, so that the check needs no embedded browser.
 */
class HelpContentsTest {
    private static final String GUIDE = "LDN Workbench User Guide";

    private static IToc guide() {
        return Arrays.stream(HelpSystem.getTocs()).filter(t -> t.getLabel().equals(GUIDE)).findFirst()
                .orElseThrow(() -> new AssertionError("no table of contents '" + GUIDE + "' among "
                        + Arrays.stream(HelpSystem.getTocs()).map(IToc::getLabel).toList()));
    }

    private static List<ITopic> allTopics(ITopic[] topics, List<ITopic> into) {
        for (ITopic t : topics) {
            into.add(t);
            allTopics(t.getSubtopics(), into);
        }
        return into;
    }

    @Test
    void theGuideListsItsChaptersInOrder() {
        List<String> chapters = Arrays.stream(guide().getTopics()).map(ITopic::getLabel).toList();
        assertEquals(List.of("Getting started", "Building a pipeline", "The models and their evidence",
                "Running and comparing regimens", "The dose scan", "The command line", "Preferences"), chapters);
        List<String> models = Arrays.stream(guide().getTopics()[2].getSubtopics()).map(ITopic::getLabel).toList();
        assertTrue(models.contains("Glial activation and TLR4"), models.toString());
    }

    @Test
    void everyTopicIsServedByTheHelpServer() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        List<ITopic> topics = allTopics(guide().getTopics(), new ArrayList<>());
        topics.add(0, guide().getTopic(null));
        for (ITopic topic : topics) {
            URL url = BaseHelpSystem.resolve(topic.getHref(), true);
            assertNotNull(url, topic.getHref());
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(url.toURI()).timeout(Duration.ofSeconds(60))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), url.toString());
            assertTrue(page.body().contains("<h1>") && page.body().contains("style.css"),
                    url + " does not show a topic of the guide:\n" + page.body());
        }
    }

    /** The caveats the issue asks the help to state are in the model topics, in words a user finds by search. */
    @Test
    void theModelTopicsStateTheCaveats() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String receptor = fetch(http, "/org.ldnworkbench.help/html/models-receptor.html");
        assertTrue(receptor.contains("persistence problem") && receptor.contains("17&nbsp;%"), receptor);
        assertTrue(receptor.contains("Rabiner") && receptor.contains("92-98 %"), receptor);
        String glia = fetch(http, "/org.ldnworkbench.help/html/models-inflammation.html");
        assertTrue(glia.contains("concentration gap") && glia.contains("300-fold"), glia);
        assertTrue(glia.contains("tissue-accumulation") && glia.contains("plasma-exposure"), glia);
    }

    @Test
    void helpContentsIsACommandOfTheWindow() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command contents = commands.getCommand("org.eclipse.ui.help.helpContents");
        assertTrue(contents.isDefined() && contents.isHandled(), "Help Contents has no handler");
    }

    private static String fetch(HttpClient http, String href) throws Exception {
        URL url = BaseHelpSystem.resolve(href, true);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(url.toURI()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), url.toString());
        return page.body();
    }
}
