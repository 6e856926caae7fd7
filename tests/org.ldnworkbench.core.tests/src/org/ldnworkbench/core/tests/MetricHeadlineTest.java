package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ldnworkbench.core.mechanism.MetricSpec.Headline;

/**
 * The words of a metric's {@code headline} attribute are exactly those MetricSpec's Javadoc names: {@code run},
 * {@code lastDay}, or no attribute; nothing else is read as one of them.
 */
class MetricHeadlineTest {

    @Test
    void theDocumentedWordsAreRead() {
        assertEquals(Headline.RUN, Headline.fromWord("run"));
        assertEquals(Headline.LAST_DAY, Headline.fromWord("lastDay"));
        assertEquals(Headline.NONE, Headline.fromWord(null));
        assertEquals(Headline.NONE, Headline.fromWord(""));
    }

    @Test
    void eachPeriodWritesTheWordItIsReadFrom() {
        for (Headline h : Headline.values()) {
            assertEquals(h, Headline.fromWord(h.word()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "true", "false", "none", "end", "Run", "lastday", " ", "run " })
    void anyOtherWordIsRefusedNamingTheValidOnes(String word) {
        assertEquals("unknown headline period '" + word + "' (expected run or lastDay)",
                assertThrows(IllegalArgumentException.class, () -> Headline.fromWord(word)).getMessage());
    }
}
