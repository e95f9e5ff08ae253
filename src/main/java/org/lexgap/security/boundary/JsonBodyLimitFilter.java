package org.lexgap.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lexgap.api.Problem;
import org.lexgap.api.ProblemType;
import org.lexgap.config.ConfigKeys;
import org.lexgap.json.Mappers;

/**
 * JSON request bodies under {@code /api} are limited to {@code lexgap.api.max-json-bytes}: a larger declared
 * length, or a chunked body that grows past it, is answered 413 before any resource reads it.
 */
@WebFilter(filterName = "lexgap-json-body-limit", urlPatterns = "/api/*")
public class JsonBodyLimitFilter extends HttpFilter {

    /** How much of a too-large body is read and dropped before answering; beyond it the connection is closed. */
    static final long DRAIN_LIMIT = 4L << 20;

    @Inject
    @ConfigProperty(name = ConfigKeys.MAX_JSON_BODY, defaultValue = "65536")
    int maxBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().contains("json")) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = request.getContentLengthLong() > maxBytes ? new byte[maxBytes + 1] : in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                // read (and drop) a bounded rest, so that the client sees the answer instead of a reset connection
                tooLarge(response, drain(in) >= DRAIN_LIMIT);
                return;
            }
        }
        chain.doFilter(new Buffered(request, body), response);
    }

    private static long drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long dropped = 0;
        for (int n; dropped < DRAIN_LIMIT && (n = in.read(buffer)) > 0; ) {
            dropped += n;
        }
        return dropped;
    }

    private void tooLarge(HttpServletResponse response, boolean close) throws IOException {
        response.setStatus(413);
        response.setContentType(Problem.MEDIA_TYPE);
        if (close) {
            response.setHeader("Connection", "close");
        }
        byte[] json = Mappers.json().writeValueAsBytes(Problem.of(ProblemType.BODY_TOO_LARGE, 413, "Content Too Large",
                "A JSON request body may have at most " + maxBytes + " bytes."));
        response.getOutputStream().write(json);
    }

    /** The request with its body already read into memory. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("not asynchronous");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    StandardCharsets.UTF_8));
        }
    }
}
