package org.lexgap.ingest.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lexgap.ingest.control.ProvisionHeadings.Style;
import org.w3c.dom.Element;

/**
 * Reads United States Legislative Markup (the US Code as uscode.house.gov and govinfo publish it, and public laws:
 * namespace {@code http://xml.house.gov/schemas/uslm/1.0} or {@code http://schemas.gpo.gov/xml/uslm}): every
 * {@code section} that is not inside another one (quoted sections of amendments and notes stay inside their
 * section) is a provision, numbered by the {@code value} of its {@code num}, titled by its {@code heading};
 * subsections, paragraphs and clauses become lines opening with their own {@code num}. Notes and tables of
 * contents are left out; the source credit is kept as the last line.
 */
final class UslmReader {

    static final Set<String> NAMESPACES = Set.of("http://xml.house.gov/schemas/uslm/1.0",
            "http://schemas.gpo.gov/xml/uslm");

    private static final Set<String> BLOCKS = Set.of("subsection", "paragraph", "subparagraph", "clause",
            "subclause", "item", "subitem", "chapeau", "continuation", "content", "p", "listItem", "sourceCredit");
    private static final Set<String> SKIPPED = Set.of("notes", "note", "toc", "meta", "footnote", "ref-footnote");
    private static final XmlLines.Rules RULES = new XmlLines.Rules(BLOCKS, SKIPPED,
            e -> "num".equals(e.getLocalName()) ? XmlLines.text(e) : null);

    private UslmReader() {
    }

    static ProvisionSplitter.Result read(byte[] xml) {
        Element root = XmlFormats.root(xml, null, NAMESPACES);
        List<ProvisionSplitter.Split> out = new ArrayList<>();
        for (Element section : XmlLines.outermost(root, "section", Set.of("notes", "note", "toc", "meta",
                "quotedContent"))) {
            Element num = XmlLines.child(section, "num");
            String written = num == null ? "" : XmlLines.text(num);
            String value = num != null && !num.getAttribute("value").isBlank() ? num.getAttribute("value")
                    : written.replaceAll("^[^\\d]*", "").replaceAll("[.\\s]+$", "");
            String heading = XmlLines.text(XmlLines.child(section, "heading"));
            out.add(new ProvisionSplitter.Split(Style.SECTION, written.replaceAll("[.\\s]+$", ""),
                    ProvisionNumbers.canonical(value), heading.isEmpty() ? null : heading,
                    XmlLines.lines(section, RULES, e -> "num".equals(e.getLocalName())
                            || "heading".equals(e.getLocalName())), null));
        }
        return XmlFormats.result(out, root);
    }
}
