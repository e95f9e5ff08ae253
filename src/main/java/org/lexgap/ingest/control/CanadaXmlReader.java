package org.lexgap.ingest.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lexgap.ingest.control.ProvisionHeadings.Style;
import org.w3c.dom.Element;

/**
 * Reads the XML of Justice Canada's consolidated acts and regulations (the laws-lois-xml schema: a
 * {@code <Statute>} or {@code <Regulation>} with the {@code lims} namespace): every {@code Section} of the body is a
 * provision, numbered by its {@code Label}, titled by its marginal note; subsections, paragraphs, subparagraphs and
 * clauses become lines opening with their label ({@code (2)}, {@code (a)}, {@code (i)}). Marginal notes of
 * subsections, historical notes, footnotes and the schedule of related provisions are left out.
 */
final class CanadaXmlReader {

    static final String LIMS = "http://justice.gc.ca/lims";

    private static final Set<String> BLOCKS = Set.of("Text", "Subsection", "Paragraph", "Subparagraph", "Clause",
            "Subclause", "Definition", "ContinuedSectionSubsection", "ContinuedParagraph",
            "ContinuedSubparagraph", "ContinuedClause", "Provision", "FormulaGroup");
    private static final Set<String> SKIPPED = Set.of("MarginalNote", "HistoricalNote", "Footnote", "FootnoteRef",
            "Identification", "RecentAmendments");
    private static final XmlLines.Rules RULES = new XmlLines.Rules(BLOCKS, SKIPPED,
            e -> "Label".equals(e.getLocalName()) ? XmlLines.text(e) : null);

    private CanadaXmlReader() {
    }

    static ProvisionSplitter.Result read(byte[] xml) {
        Element root = XmlFormats.root(xml, null, Set.of(""));
        if (!Set.of("Statute", "Regulation").contains(root.getLocalName())) {
            throw XmlFormats.unexpectedRoot(root, "<Statute> or <Regulation>");
        }
        List<ProvisionSplitter.Split> out = new ArrayList<>();
        for (Element body : XmlLines.outermost(root, "Body", Set.of("Schedule"))) {
            for (Element section : XmlLines.outermost(body, "Section", Set.of("Schedule"))) {
                Element label = XmlLines.child(section, "Label");
                String number = XmlLines.text(label).replaceAll("^\\*+", "").strip();
                String note = XmlLines.text(XmlLines.child(section, "MarginalNote"));
                out.add(new ProvisionSplitter.Split(Style.SECTION, "Section " + number,
                        ProvisionNumbers.canonical(number), note.isEmpty() ? null : note,
                        XmlLines.lines(section, RULES, e -> "Label".equals(e.getLocalName())), null));
            }
        }
        return XmlFormats.result(out, root);
    }
}
