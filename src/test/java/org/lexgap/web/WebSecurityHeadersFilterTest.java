package org.lexgap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WebSecurityHeadersFilterTest {

    private final AtomicBoolean passedOn = new AtomicBoolean();

    @Test
    void setsEveryHeaderAndPassesTheRequestOn() throws Exception {
        Map<String, String> headers = headersFor("/country.html");

        assertTrue(passedOn.get());
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("no-referrer", headers.get("Referrer-Policy"));
        String csp = headers.get("Content-Security-Policy");
        assertTrue(csp.startsWith("default-src 'self'"), csp);
        assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval") || csp.contains("http"), csp);
    }

    @Test
    void reportsMayStyleThemselvesButRunNoScriptAndAreSandboxed() throws Exception {
        for (String uri : new String[] {"/api/countries/DE/report", "/api/reports/comparison"}) {
            String csp = headersFor(uri).get("Content-Security-Policy");

            assertTrue(csp.startsWith("default-src 'none'"), csp);
            assertTrue(csp.contains("style-src 'unsafe-inline'") && csp.contains("sandbox"), csp);
            assertFalse(csp.contains("script-src"), csp);
        }
        assertTrue(headersFor("/api/countries/DE/assessment").get("Content-Security-Policy")
                .startsWith("default-src 'self'"));
    }

    private Map<String, String> headersFor(String uri) throws Exception {
        Map<String, String> headers = new HashMap<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "";
                    default -> null;
                });
        FilterChain chain = (req, res) -> passedOn.set(true);
        new WebSecurityHeadersFilter().doFilter(request, response, chain);
        return headers;
    }
}
