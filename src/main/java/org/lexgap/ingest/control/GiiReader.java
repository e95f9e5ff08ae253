package org.lexgap.ingest.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lexgap.ingest.control.ProvisionHeadings.Heading;
import org.w3c.dom.Element;

/**
 * Reads the XML of gesetze-im-internet.de (the federal law of Germany, {@code <dokumente>} of {@code <norm>}
 * elements, the gii-norm DTD, which is never loaded): a norm whose {@code enbez} is a provision number
 * ({@code § 232}, {@code Art 1}) is a provision, titled by its {@code titel}; the opening formula
 * ({@code Eingangsformel}) is kept as the text before the first provision; the table of contents, the structure
 * norms (Buch, Abschnitt) and annexes are left out. Each {@code P} of the text is a line, and list entries
 * ({@code DT}/{@code DD}) become lines opening with their number ({@code 1.}, {@code a)}).
 */
final class GiiReader {

    private static final Set<String> BLOCKS = Set.of("P", "DD", "LA", "Content", "entry", "row");
    private static final Set<String> SKIPPED = Set.of("fussnoten", "FnR", "Footnote", "Footnotes", "TOC", "IMG",
            "metadaten");
    private static final XmlLines.Rules RULES = new XmlLines.Rules(BLOCKS, SKIPPED,
            e -> "DT".equals(e.getLocalName()) ? XmlLines.text(e) : null);

    private GiiReader() {
    }

    static ProvisionSplitter.Result read(byte[] xml) {
        Element root = XmlFormats.root(xml, "dokumente", Set.of(""));
        List<ProvisionSplitter.Split> out = new ArrayList<>();
        for (Element norm : XmlLines.outermost(root, "norm", Set.of())) {
            Element meta = XmlLines.child(norm, "metadaten");
            Element data = XmlLines.child(norm, "textdaten");
            if (meta == null || data == null) {
                continue;
            }
            String enbez = XmlLines.text(XmlLines.child(meta, "enbez"));
            Element text = XmlLines.child(data, "text");
            List<String> lines = text == null ? List.of() : XmlLines.lines(text, RULES, e -> false);
            if (enbez.equalsIgnoreCase("Eingangsformel") || enbez.equalsIgnoreCase("Präambel")) {
                out.add(new ProvisionSplitter.Split(null, "", "", null, lines, null));
                continue;
            }
            Optional<Heading> heading = ProvisionHeadings.parse(enbez);
            if (heading.isEmpty() || lines.isEmpty()) {
                continue;
            }
            String titel = XmlLines.text(XmlLines.child(meta, "titel"));
            out.add(new ProvisionSplitter.Split(heading.get().style(), heading.get().label(), heading.get().number(),
                    titel.isEmpty() ? null : titel, lines, null));
        }
        return XmlFormats.result(out, root);
    }
}
