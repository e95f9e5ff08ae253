package org.lexgap.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What a {@code source} may be: an absolute http or https address with a host, nothing else (no javascript:). */
public final class HttpUrls {

    private HttpUrls() {
    }

    public static boolean valid(String address) {
        if (address == null || address.isBlank() || !address.strip().equals(address)
                || address.chars().anyMatch(c -> c <= 0x20 || c == 0x7F)) {
            return false;
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
