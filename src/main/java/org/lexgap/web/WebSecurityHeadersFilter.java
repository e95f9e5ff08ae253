package org.lexgap.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Security headers on every response of the WAR (pages, scripts and API): a strict Content-Security-Policy
 * (only this origin; no inline script or style; no framing), no MIME sniffing, no framing, no referrer.
 * The pages need nothing more: scripts are ES modules from /js, styles from /css, data through fetch to /api.
 * Reports get {@link #REPORT_CSP} instead.
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

    /**
     * Reports are standalone documents (their CSS inline, so that a saved file keeps its layout) with no
     * script at all: they may style themselves, nothing else, and run sandboxed.
     */
    static final String REPORT_CSP = String.join("; ",
            "default-src 'none'",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
            "sandbox");
    private static final Pattern REPORTS = Pattern.compile("/api/(countries/[^/]+/report|reports/.*)");

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
        if (REPORTS.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()) {
            response.setHeader("Content-Security-Policy", REPORT_CSP);
        }
        chain.doFilter(request, response);
    }
}
