package org.lexgap.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Snippets: a passage of a text, HTML-escaped, with {@code <mark>} around the words whose analysed form is a
 * query term of the field. Escaping happens here and only here: nothing of the text reaches the output raw.
 */
public final class Snippets {

    static final int WINDOW = 240;
    private static final int LEAD = 60;
    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";

    /** A passage, its number of marked words, and the marked terms as {@code field:term} keys. */
    public record Snippet(String html, int matches, Set<String> matchedKeys) {
    }

    private record Span(int start, int end) {
    }

    private Snippets() {
    }

    /** @param queryTerms the query's terms of this field, as {@code field:term} keys */
    public static Snippet of(String text, String field, Analyzer analyzer, Set<String> queryTerms) {
        if (text == null || text.isEmpty()) {
            return new Snippet("", 0, Set.of());
        }
        List<Span> spans = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        if (!queryTerms.isEmpty()) {
            // the words of the field, compared with the analysed tokens without making a string of each token
            CharArraySet words = new CharArraySet(queryTerms.size(), false);
            int prefix = field.length() + 1;
            queryTerms.forEach(key -> words.add(key.substring(prefix)));
            try (TokenStream ts = analyzer.tokenStream(field, text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    if (words.contains(term.buffer(), 0, term.length())) {
                        matched.add(BuiltQuery.key(field, term.toString()));
                        int last = spans.isEmpty() ? -1 : spans.get(spans.size() - 1).end;
                        if (offset.startOffset() >= last && offset.endOffset() <= text.length()) {
                            spans.add(new Span(offset.startOffset(), offset.endOffset()));
                        }
                    }
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Snippet(render(text, spans), spans.size(), matched);
    }

    private static String render(String text, List<Span> spans) {
        int from = spans.isEmpty() ? 0 : wordStart(text, Math.max(0, spans.get(0).start - LEAD));
        int to = Math.min(text.length(), from + WINDOW);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > from + WINDOW / 2 ? space : to;
        }
        StringBuilder html = new StringBuilder(to - from + 32);
        if (from > 0) {
            html.append('\u2026');
        }
        int at = from;
        for (Span s : spans) {
            if (s.start < from || s.end > to) {
                continue;
            }
            escape(text, at, s.start, html);
            html.append(OPEN);
            escape(text, s.start, s.end, html);
            html.append(CLOSE);
            at = s.end;
        }
        escape(text, at, to, html);
        if (to < text.length()) {
            html.append('\u2026');
        }
        return html.toString();
    }

    private static int wordStart(String text, int index) {
        if (index == 0) {
            return 0;
        }
        int space = text.indexOf(' ', index);
        return space < 0 ? index : space + 1;
    }

    /** Appends text[from, to) to the builder, HTML-escaped. */
    static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, 0, text.length(), out);
        return out.toString();
    }
}
