package org.lexgap.ingest.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of a provision element of an official XML format as lines: one line per block (paragraph, point, list
 * item), each line opening with the number the markup gives it ({@code (1)}, {@code (a)}, {@code 2.}), so that the
 * {@link ParagraphParser} finds paragraphs and points as in any other text. Each format says which elements are
 * blocks, which are numbers (and how to write them) and which are left out (notes, metadata, footnotes).
 */
final class XmlLines {

    /** What the markup of one format means. */
    record Rules(Set<String> blocks, Set<String> skipped, Function<Element, String> number) {

        /**
         * @param number the number an element stands for as it opens a line ({@code Pnumber} of a {@code P3} →
         *     {@code (a)}), or null when the element is no number
         */
        Rules {
        }
    }

    private XmlLines() {
    }

    static List<String> lines(Element provision, Rules rules, Predicate<Element> ownHeading) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] pending = {null};
        walk(provision, provision, rules, ownHeading, out, line, pending);
        flush(out, line);
        return out;
    }

    private static void walk(Element provision, Element element, Rules rules, Predicate<Element> ownHeading,
            List<String> out, StringBuilder line, String[] pending) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String name = e.getLocalName();
                if (rules.skipped().contains(name) || element == provision && ownHeading.test(e)) {
                    continue;
                }
                String number = rules.number().apply(e);
                if (number != null) {
                    flush(out, line);
                    pending[0] = number.isBlank() ? null : number.strip();
                    continue;
                }
                boolean block = rules.blocks().contains(name);
                if (block && line.length() > 0) {
                    flush(out, line);
                }
                walk(provision, e, rules, ownHeading, out, line, pending);
                if (block) {
                    flush(out, line);
                }
            } else if ((n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
                    && !n.getNodeValue().isBlank()) {
                if (line.length() == 0 && pending[0] != null) {
                    line.append(pending[0]).append(' ');
                    pending[0] = null;
                }
                line.append(n.getNodeValue());
            }
        }
    }

    private static void flush(List<String> out, StringBuilder line) {
        String text = text(line.toString());
        line.setLength(0);
        if (!text.isEmpty()) {
            out.add(text);
        }
    }

    /** Whitespace collapsed (the markup's indentation and line breaks are not the text's). */
    static String text(String raw) {
        return raw.replaceAll("[\\s\\p{Zs}]+", " ").replaceAll(" ([,.;:)\\]”’])", "$1")
                .replaceAll("([(\\[“„]) ", "$1").strip();
    }

    /** The text of an element, whitespace collapsed. */
    static String text(Element e) {
        return e == null ? "" : text(e.getTextContent());
    }

    /** The first child element with one of these local names, or null. */
    static Element child(Element parent, String... names) {
        Set<String> wanted = Set.of(names);
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && wanted.contains(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** The elements of this local name that are not inside another one, nor inside an element of {@code inside}. */
    static List<Element> outermost(Element root, String name, Set<String> notInside) {
        List<Element> out = new ArrayList<>();
        collect(root, name, notInside, out);
        return out;
    }

    private static void collect(Element element, String name, Set<String> notInside, List<Element> out) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (name.equals(e.getLocalName())) {
                    out.add(e);
                } else if (!notInside.contains(e.getLocalName())) {
                    collect(e, name, notInside, out);
                }
            }
        }
    }
}
