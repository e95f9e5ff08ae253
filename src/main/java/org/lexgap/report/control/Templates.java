package org.lexgap.report.control;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The report templates (Mustache, in {@code src/main/resources/org/lexgap/report}): {@code {{x}}} is always
 * cleaned and HTML-escaped ({@link Html#escape}); only {@code {{{css}}}} and {@code {{{chart}}}}, which lexgap makes
 * itself, go in unescaped.
 */
public final class Templates {

    private static final String FOLDER = "/org/lexgap/report/";
    private static final Map<String, Template> COMPILED = new ConcurrentHashMap<>();
    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .withEscaper(Html::escape)
            .nullValue("")
            .emptyStringIsFalse(true)
            .withLoader(name -> new StringReader(resource(name + ".html")));

    private Templates() {
    }

    /** Renders the named template ({@code country}, {@code comparison}) over the given values. */
    public static String render(String name, Map<String, Object> values) {
        return COMPILED.computeIfAbsent(name, n -> COMPILER.compile(resource(n + ".html"))).execute(values);
    }

    /** The report style sheet, shared by every template. */
    public static String css() {
        return resource("report.css");
    }

    static String resource(String name) {
        try (InputStream in = Templates.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing report template " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
