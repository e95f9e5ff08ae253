package org.lexgap.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexgap.ingest.entity.DocumentFormat;
import org.lexgap.ingest.entity.ImportedDocument;
import org.lexgap.ingest.entity.ImportedProvision;

/** Imports PDFs generated with PDFBox and checks number, heading, text and page of what is found. */
class PdfImportTest {

    private static final String HEADER = "Penal Code of the Republic of Xanadu - consolidated text";

    private static TestPdfs.Page page(int n, String... body) {
        return new TestPdfs.Page(HEADER, List.of(body), "Page " + n + " of 3");
    }

    @Test
    void splitsArticlesDropsRunningHeadersAndFootersAndJoinsHyphens() {
        byte[] pdf = TestPdfs.pages(List.of(
                page(1, "PENAL CODE OF XANADU", "", "Article 1 - Organ trafficking",
                        "(1) Whoever removes an organ of a living person without the free consent of that",
                        "person shall be punished with imprisonment from three to twelve years.",
                        "(2) The same penalty applies to whoever recruits, transports or harbours a per-",
                        "son for the purpose of such removal.", "", "Article 2 - Aggravating circumstances",
                        "The penalty is doubled where the offence",
                        "a) is committed against a child;",
                        "b) is committed by a medical professional."),
                page(2, "Article 3", "Jurisdiction",
                        "Xanadu courts have jurisdiction over these offences when committed abroad by its",
                        "nationals. The traffick-"),
                page(3, "ing of organs is an offence wherever it is committed.", "",
                        "Article 3a - Confiscation", "Proceeds of the offences are confiscated.")));

        ImportedDocument doc = Importers.load("xa-pc.pdf", pdf);

        assertEquals(DocumentFormat.PDF, doc.format());
        assertEquals(3, doc.pages());
        assertTrue(doc.structureFound());
        assertEquals(List.of("nz-xa-pc/preamble", "nz-xa-pc/art-1", "nz-xa-pc/art-2", "nz-xa-pc/art-3",
                "nz-xa-pc/art-3a"), doc.provisions().stream().map(ImportedProvision::id).toList());
        ImportedProvision art1 = doc.provisions().get(1);
        assertEquals("1", art1.number());
        assertEquals("Article 1", art1.label());
        assertEquals("Organ trafficking", art1.heading());
        assertEquals(1, art1.page());
        assertEquals(2, art1.paragraphs().size());
        assertEquals("2", art1.paragraphs().get(1).number());
        assertTrue(art1.text().contains("harbours a person for the purpose"), art1.text());
        ImportedProvision art2 = doc.provisions().get(2);
        assertEquals(List.of("a", "b"), art2.paragraphs().get(0).points().stream().map(p -> p.label()).toList());
        assertEquals("is committed by a medical professional.", art2.paragraphs().get(0).points().get(1).text());
        ImportedProvision art3 = doc.provisions().get(3);
        assertEquals("Jurisdiction", art3.heading());
        assertEquals(2, art3.page());
        assertTrue(art3.text().endsWith("The trafficking of organs is an offence wherever it is committed."),
                art3.text());
        assertEquals(3, doc.provisions().get(4).page());
        for (ImportedProvision p : doc.provisions()) {
            assertFalse(p.text().contains("consolidated text"), p.text());
            assertFalse(p.text().contains("Page "), p.text());
        }
    }

    @Test
    void readsTheLeftColumnBeforeTheRightOne() {
        byte[] pdf = TestPdfs.twoColumns("Official Gazette of the Kingdom of Yonder", List.of(
                "Article 7 - Consent", "A donor gives consent in writing", "before two witnesses.", "",
                "Article 8 - Registry", "The Ministry keeps a registry", "of all transplants."),
                List.of("Article 9 - Sanctions", "Breaches of articles 7 and 8", "are punished with a fine.", "",
                        "Article 10 - Entry into force", "This Law enters into force", "on publication."));

        ImportedDocument doc = Importers.load("yonder.pdf", pdf);

        List<ImportedProvision> articles = doc.provisions().stream().filter(p -> !p.number().isEmpty()).toList();
        assertEquals(List.of("7", "8", "9", "10"), articles.stream().map(ImportedProvision::number).toList());
        assertEquals("A donor gives consent in writing before two witnesses.", articles.get(0).text());
        assertEquals("Breaches of articles 7 and 8 are punished with a fine.", articles.get(2).text());
        assertEquals("Entry into force", articles.get(3).heading());
    }

    @Test
    void splitsSectionSignsAndRomanceNumberings() {
        byte[] pdf = TestPdfs.pages(List.of(
                new TestPdfs.Page(null, List.of("§ 18 Organ trade", "Whoever trades in organs is punished.",
                        "", "§ 18a Attempt", "The attempt is punishable."), null),
                new TestPdfs.Page(null, List.of("Artículo 156 bis", "El tráfico de órganos está prohibido.",
                        "", "Articolo 601-bis - Traffico di organi", "Chiunque commercia organi è punito."), null)));

        ImportedDocument doc = Importers.load("mixed.pdf", pdf);

        assertEquals(List.of("nz-xa-pc/s-18", "nz-xa-pc/s-18a"), doc.provisions().stream()
                .map(ImportedProvision::id).toList(), "the dominant style (§) decides");
        assertEquals("Organ trade", doc.provisions().get(0).heading());
        assertTrue(doc.provisions().get(1).text().contains("Chiunque commercia organi"));
    }

    @Test
    void keepsATextWithoutNumberingAsOneProvisionAndSaysSo() {
        byte[] pdf = TestPdfs.pages(List.of(new TestPdfs.Page(null, List.of("Decree on organ donation awareness.",
                "The Ministry of Health of Zembla shall run an annual campaign."), null)));

        ImportedDocument doc = Importers.load("decree.pdf", pdf);

        assertFalse(doc.structureFound());
        assertEquals(1, doc.provisions().size());
        assertEquals("nz-xa-pc/text", doc.provisions().get(0).id());
        assertNull(doc.provisions().get(0).heading());
        assertEquals(1, doc.provisions().get(0).page());
    }
}
