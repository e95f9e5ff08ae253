package org.lexgap.ingest.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lexgap.ingest.control.ProvisionHeadings.Style;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an Akoma Ntoso document (any version): its outermost {@code article} elements (else {@code section}s)
 * become provisions with their {@code num} and {@code heading}; paragraphs, points and items inside become lines
 * that start with their own {@code num}; the {@code preamble} is kept as the text before the first provision.
 */
final class AkomaNtosoReader {

    private static final Set<String> BLOCKS = Set.of("paragraph", "subparagraph", "point", "item", "indent",
            "list", "intro", "wrapUp", "alinea", "p", "blockList", "listIntroduction", "listWrapUp", "content");

    private AkomaNtosoReader() {
    }

    static ProvisionSplitter.Result read(byte[] xml) {
        Document document = SafeXml.parse(xml);
        Element root = document.getDocumentElement();
        if (!"akomaNtoso".equals(root.getLocalName())) {
            throw new ImportException(ImportError.UNSUPPORTED_TYPE,
                    "The XML root element is <" + root.getLocalName() + ">, not <akomaNtoso>.");
        }
        List<ProvisionSplitter.Split> out = new ArrayList<>();
        List<Element> preambles = outermost(root, "preamble");
        if (!preambles.isEmpty()) {
            out.add(new ProvisionSplitter.Split(null, "", "", null, lines(preambles.get(0)), null));
        }
        List<Element> provisions = outermost(root, "article");
        Style style = Style.ARTICLE;
        if (provisions.isEmpty()) {
            provisions = outermost(root, "section");
            style = Style.SECTION;
        }
        for (Element e : provisions) {
            Element num = child(e, "num");
            Element heading = child(e, "heading");
            String label = num == null ? "" : text(num).replaceAll("[.:]$", "");
            out.add(new ProvisionSplitter.Split(style, label, number(label),
                    heading == null ? null : text(heading), lines(e), null));
        }
        if (provisions.isEmpty()) {
            List<Element> bodies = outermost(root, "body");
            List<String> all = lines(bodies.isEmpty() ? root : bodies.get(0));
            return new ProvisionSplitter.Result(false, List.of(new ProvisionSplitter.Split(null, "", "", null, all, null)));
        }
        return new ProvisionSplitter.Result(true, out);
    }

    static String number(String num) {
        return ProvisionHeadings.parse(num).map(ProvisionHeadings.Heading::number)
                .orElse(num.replaceAll("^[^\\d]*", "").replaceAll("[.:\\s]+$", "").strip());
    }

    private static List<Element> outermost(Element root, String name) {
        List<Element> out = new ArrayList<>();
        collect(root, name, out);
        return out;
    }

    private static void collect(Element element, String name, List<Element> out) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (name.equals(e.getLocalName())) {
                    out.add(e);
                } else {
                    collect(e, name, out);
                }
            }
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e.getTextContent().replaceAll("\\s+", " ").strip();
    }

    /** The lines of a provision: one per paragraph, point or item, each starting with its number. */
    private static List<String> lines(Element provision) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] pendingNum = {null};
        walk(provision, provision, out, line, pendingNum);
        flush(out, line);
        return out;
    }

    private static void walk(Element provision, Element element, List<String> out, StringBuilder line,
            String[] pendingNum) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String name = e.getLocalName();
                if (element == provision && (name.equals("num") || name.equals("heading"))) {
                    continue;
                }
                if (name.equals("num")) {
                    flush(out, line);
                    pendingNum[0] = text(e);
                    continue;
                }
                boolean block = BLOCKS.contains(name);
                if (block && !(name.equals("content") || name.equals("p")) || line.length() > 0 && block) {
                    flush(out, line);
                }
                walk(provision, e, out, line, pendingNum);
                if (block) {
                    flush(out, line);
                }
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                if (line.length() == 0 && pendingNum[0] != null) {
                    line.append(pendingNum[0]).append(' ');
                    pendingNum[0] = null;
                }
                line.append(n.getNodeValue());
            }
        }
    }

    private static void flush(List<String> out, StringBuilder line) {
        String text = line.toString().replaceAll("\\s+", " ").strip();
        line.setLength(0);
        if (!text.isEmpty()) {
            out.add(text);
        }
    }
}
