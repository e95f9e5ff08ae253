package org.lexgap.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sources are http(s) addresses only. */
class HttpUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.legislation.gov.uk/uksi/2024/262", "http://unodc.org/x?y=1#z",
        "HTTPS://EXAMPLE.ORG/"})
    void acceptsHttpAddresses(String address) {
        assertTrue(HttpUrls.valid(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>", "ftp://x.org/",
        "//example.org/x", "https://", "https:///path", "file:///etc/passwd", "vbscript:x", " https://x.org",
        "https://x.org/\u0000", "https://x.org/a b", "not a url", ""})
    void refusesEverythingElse(String address) {
        assertFalse(HttpUrls.valid(address));
    }
}
