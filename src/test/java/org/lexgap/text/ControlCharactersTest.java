package org.lexgap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What reviewer text may not hold, and how stored text is cleaned for output. */
class ControlCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001B", "\u001F", "\uFFFE", "\uFFFF", "\uD800", "\uDC00"})
    void findsAndCleansEachForbiddenCharacter(String bad) {
        String text = "ok " + bad + " end";
        assertEquals(3, ControlCharacters.firstForbidden(text));
        assertEquals(String.format("U+%04X", (int) bad.charAt(0)), ControlCharacters.describe(text, 3));
        assertEquals("ok \uFFFD end", ControlCharacters.clean(text));
    }

    @Test
    void keepsTabsLineEndsPairedSurrogatesAndOrdinaryText() {
        String text = "a\tb\nc Ž Статья 𝔸 😀 end";
        assertEquals(-1, ControlCharacters.firstForbidden(text));
        assertEquals(text, ControlCharacters.clean(text));
        assertNull(ControlCharacters.clean(null));
    }

    @Test
    void readsCarriageReturnsAsLineFeeds() {
        assertEquals(-1, ControlCharacters.firstForbidden("a\r\nb\rc"));
        assertEquals("a\nb\nc", ControlCharacters.clean("a\r\nb\rc"));
    }

    @Test
    void aSurrogateAtEitherEndIsAlone() {
        assertEquals(0, ControlCharacters.firstForbidden("\uDE00abc"));
        assertEquals(3, ControlCharacters.firstForbidden("abc\uD83D"));
        assertEquals("\uFFFD\uFFFD", ControlCharacters.clean("\uDE00\uD83D"));
    }
}
