package org.lexgap.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Security headers on every response of the WAR (pages, scripts and API): a strict Content-Security-Policy
 * (only this origin; no inline script or style; no framing), no MIME sniffing, no framing, no referrer.
 * The pages need nothing more: scripts are ES modules from /js, styles from /css, data through fetch to /api.
 */
@WebFilter(filterName = "lexgap-web-security-headers", urlPatterns = "/*")
public class WebSecurityHeadersFilter extends HttpFilter {

    static final String CSP = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Header name to value, set on every response. */
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HEADERS.forEach(response::setHeader);
        chain.doFilter(request, response);
    }
}
