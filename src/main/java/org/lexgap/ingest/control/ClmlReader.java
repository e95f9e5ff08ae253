package org.lexgap.ingest.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lexgap.ingest.control.ProvisionHeadings.Style;
import org.w3c.dom.Element;

/**
 * Reads the XML of legislation.gov.uk (Crown Legislation Markup Language, {@code <Legislation>} in the namespace
 * {@code http://www.legislation.gov.uk/namespaces/legislation}): every {@code P1} of the body is a provision (a
 * section, article or regulation, as its {@code id} says), numbered by its {@code Pnumber}, titled by the
 * {@code Title} of its {@code P1group}; {@code P2}, {@code P3} and {@code P4} become lines opening with {@code (1)},
 * {@code (a)}, {@code (i)} (inside the text an amendment inserts, numbers stay unmarked). Schedules, commentaries
 * (the editors' notes), footnotes and metadata are left out.
 */
final class ClmlReader {

    static final String NAMESPACE = "http://www.legislation.gov.uk/namespaces/legislation";

    private static final Set<String> BLOCKS = Set.of("Text", "P2", "P3", "P4", "P5", "P6", "P2para", "P3para",
            "P4para", "ListItem", "Para", "BlockAmendment", "Tabular", "Row");
    private static final Set<String> SKIPPED = Set.of("CommentaryRef", "FootnoteRef", "Commentary", "Commentaries",
            "Footnote", "Footnotes", "MarginNote", "MarginNotes", "Metadata", "Title", "Number");
    private static final XmlLines.Rules RULES = new XmlLines.Rules(BLOCKS, SKIPPED, ClmlReader::number);

    private ClmlReader() {
    }

    static ProvisionSplitter.Result read(byte[] xml) {
        Element root = XmlFormats.root(xml, "Legislation", NAMESPACE);
        List<ProvisionSplitter.Split> out = new ArrayList<>();
        for (Element body : XmlLines.outermost(root, "Body", Set.of("Metadata", "Schedules", "Commentaries"))) {
            for (Element p1 : XmlLines.outermost(body, "P1", Set.of("BlockAmendment"))) {
                String written = XmlLines.text(XmlLines.child(p1, "Pnumber"));
                String number = ProvisionNumbers.canonical(written);
                String kind = p1.getAttribute("id").replaceAll("-.*$", "").toLowerCase(Locale.ROOT);
                Style style = switch (kind) {
                    case "article" -> Style.ARTICLE;
                    case "regulation" -> Style.REGULATION;
                    default -> Style.SECTION;
                };
                String label = (kind.isEmpty() ? "section" : kind) + " " + written;
                out.add(new ProvisionSplitter.Split(style, Character.toUpperCase(label.charAt(0)) + label.substring(1),
                        number, title(p1), XmlLines.lines(p1, RULES, e -> false), null));
            }
        }
        return XmlFormats.result(out, root);
    }

    /** The title of the P1group a P1 opens (a group of several P1 has one title, for its first). */
    private static String title(Element p1) {
        if (p1.getParentNode() instanceof Element group && "P1group".equals(group.getLocalName())
                && XmlLines.child(group, "P1") == p1) {
            String title = XmlLines.text(XmlLines.child(group, "Title"));
            return title.isEmpty() ? null : title;
        }
        return null;
    }

    /** Inside the text an amendment inserts: its numbers are the amended act's, not this provision's points. */
    private static boolean quoted(Element e) {
        for (org.w3c.dom.Node n = e.getParentNode(); n instanceof Element p; n = p.getParentNode()) {
            if ("BlockAmendment".equals(p.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    /** {@code (1)} for a P2's number, {@code (a)} for a P3's, {@code (i)} for a P4's; the P1's own is left out. */
    private static String number(Element e) {
        if (!"Pnumber".equals(e.getLocalName())) {
            return null;
        }
        String parent = e.getParentNode().getLocalName();
        if ("P1".equals(parent) || quoted(e)) {
            return "";
        }
        String n = XmlLines.text(e);
        return n.isEmpty() ? "" : "(" + n + ")";
    }
}
