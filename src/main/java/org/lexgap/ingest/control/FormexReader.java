package org.lexgap.ingest.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lexgap.ingest.control.ProvisionHeadings.Heading;
import org.lexgap.ingest.control.ProvisionHeadings.Style;
import org.w3c.dom.Element;

/**
 * Reads Formex 4, the XML in which EUR-Lex and the Publications Office publish the Official Journal ({@code <ACT>},
 * {@code <CONS.ACT>}): every {@code ARTICLE} is a provision, numbered by its {@code TI.ART} ("Article 5"), titled
 * by its {@code STI.ART}; numbered paragraphs ({@code NO.PARAG}) and list items ({@code NO.P}) become lines opening
 * with their number. The citations and recitals of the preamble are kept as the text before the first article;
 * footnotes ({@code NOTE}) are left out, quotation marks ({@code QUOT.START}, {@code QUOT.END}) are written.
 */
final class FormexReader {

    static final Set<String> ROOTS = Set.of("ACT", "CONS.ACT", "CONS.DOC", "CONS.DOC.GEN");

    private static final Set<String> BLOCKS = Set.of("PARAG", "ALINEA", "P", "ITEM", "NP", "TXT", "VISA",
            "CONSID", "PREAMBLE.INIT", "PREAMBLE.FINAL", "ROW");
    private static final Set<String> SKIPPED = Set.of("NOTE", "BIB.INSTANCE", "TI.ART", "STI.ART", "TITLE");
    private static final XmlLines.Rules RULES = new XmlLines.Rules(BLOCKS, SKIPPED, FormexReader::number);

    private FormexReader() {
    }

    static ProvisionSplitter.Result read(byte[] xml) {
        Element root = XmlFormats.root(xml, null, Set.of("", "http://formex.publications.europa.eu"));
        if (!ROOTS.contains(root.getLocalName())) {
            throw XmlFormats.unexpectedRoot(root, "<ACT> or <CONS.ACT>");
        }
        XmlFormats.replaceByText(root, "QUOT.START", "“");
        XmlFormats.replaceByText(root, "QUOT.END", "”");
        List<ProvisionSplitter.Split> out = new ArrayList<>();
        Element preamble = first(root, "PREAMBLE");
        if (preamble != null) {
            out.add(new ProvisionSplitter.Split(null, "", "", null, XmlLines.lines(preamble, RULES, e -> false),
                    null));
        }
        for (Element article : XmlLines.outermost(root, "ARTICLE", Set.of("ANNEX", "NOTE"))) {
            String title = XmlLines.text(XmlLines.child(article, "TI.ART"));
            Optional<Heading> heading = ProvisionHeadings.parse(title);
            String number = heading.map(Heading::number).orElse(ProvisionNumbers.canonical(
                    title.replaceAll("^\\D*", "")));
            String sub = XmlLines.text(XmlLines.child(article, "STI.ART"));
            out.add(new ProvisionSplitter.Split(heading.map(Heading::style).orElse(Style.ARTICLE), title, number,
                    sub.isEmpty() ? null : sub, XmlLines.lines(article, RULES, e -> false), null));
        }
        return XmlFormats.result(out, root);
    }

    private static Element first(Element root, String name) {
        List<Element> found = XmlLines.outermost(root, name, Set.of());
        return found.isEmpty() ? null : found.get(0);
    }

    private static String number(Element e) {
        return switch (e.getLocalName()) {
            case "NO.PARAG", "NO.P" -> XmlLines.text(e);
            default -> null;
        };
    }
}
