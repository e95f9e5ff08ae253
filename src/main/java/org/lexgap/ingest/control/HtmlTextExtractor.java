package org.lexgap.ingest.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML page as lines: one line per block element (paragraph, heading, list item, table cell),
 * a blank line between blocks; the lines of {@code <h1>}–{@code <h6>} are marked as headings, and a superscript
 * right after a number is written {@code ^n} ({@code § 12<sup>1</sup>} → {@code § 12^1}). Scripts, styles,
 * navigation, page headers and footers and forms are dropped; when the page has a {@code <main>} or
 * {@code <article>}, only that is read. jsoup never fetches anything.
 */
final class HtmlTextExtractor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt",
            "dd", "tr", "td", "th", "blockquote", "pre", "section", "article", "table", "ul", "ol", "dl", "address",
            "figcaption", "main", "body");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, form, iframe, "
            + "object, svg, button";

    private HtmlTextExtractor() {
    }

    static List<SourceLine> lines(String html) {
        Document document = Jsoup.parse(html);
        document.select(DROPPED).remove();
        Element root = document.selectFirst("main");
        if (root == null) {
            root = document.selectFirst("article");
        }
        if (root == null) {
            root = document.body();
        }
        List<SourceLine> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean[] heading = {false};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    line.append(text.text());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    flush(out, line, false, heading[0]);
                } else if (node instanceof Element e && e.normalName().equals("sup")
                        && e.text().strip().matches("\\d{1,3}") && !line.isEmpty()
                        && Character.isDigit(line.charAt(line.length() - 1))) {
                    line.append('^');
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(out, line, true, heading[0]);
                    heading[0] = HEADINGS.contains(e.normalName());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(out, line, true, heading[0]);
                    heading[0] = false;
                }
            }
        }, root);
        flush(out, line, true, false);
        while (!out.isEmpty() && out.get(out.size() - 1).blank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static void flush(List<SourceLine> out, StringBuilder line, boolean paragraphBreak, boolean heading) {
        String text = line.toString().replaceAll("[\\p{Zs}\\s]+", " ").strip();
        line.setLength(0);
        if (!text.isEmpty()) {
            out.add(new SourceLine(null, text, heading, -1, -1));
        }
        if (paragraphBreak && !out.isEmpty() && !out.get(out.size() - 1).blank()) {
            out.add(new SourceLine(null, ""));
        }
    }
}
