package org.lexgap.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexgap.ingest.entity.DocumentFormat;
import org.lexgap.ingest.entity.ImportedDocument;
import org.lexgap.ingest.entity.ImportedProvision;

/** HTML and Akoma Ntoso fixtures, and the official text of an instrument attached to its provision ids. */
class StructuredImportTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/import");

    @Test
    void splitsALegislationSitePageByItsBareSectionHeadings() throws IOException {
        ImportedDocument doc = Importers.importer(ImportLimits.DEFAULT).importFile("xb-trafficking-act.html",
                "text/html", Files.readAllBytes(FIXTURES.resolve("xb-trafficking-act.html")),
                DocumentForm.metadata("fj", "Trafficking Act", "Trafficking Act 2020", "en", "official", null, null));

        assertEquals(DocumentFormat.HTML, doc.format());
        assertEquals("FJ", doc.jurisdiction());
        assertEquals(List.of("fj-trafficking-act-2020/preamble", "fj-trafficking-act-2020/s-1",
                "fj-trafficking-act-2020/s-2", "fj-trafficking-act-2020/s-3"),
                doc.provisions().stream().map(ImportedProvision::id).toList());
        ImportedProvision s2 = doc.provisions().get(2);
        assertEquals("Human trafficking", s2.heading());
        assertNull(s2.page());
        assertTrue(s2.text().startsWith("(1) A person commits an offence if the person arranges the travel"),
                s2.text());
        ImportedProvision s3 = doc.provisions().get(3);
        assertEquals(List.of("a", "b"), s3.paragraphs().get(0).points().stream().map(p -> p.label()).toList());
        String all = doc.provisions().stream().map(ImportedProvision::text).reduce("", String::concat);
        assertFalse(all.contains("Article 99") || all.contains("Crown copyright") || all.contains("Home"), all);
    }

    @Test
    void readsAkomaNtosoArticlesParagraphsAndPoints() throws IOException {
        ImportedDocument doc = Importers.load("xc-law.akn.xml",
                Files.readAllBytes(FIXTURES.resolve("xc-law.akn.xml")));

        assertEquals(DocumentFormat.AKOMA_NTOSO, doc.format());
        assertEquals(List.of("nz-xa-pc/preamble", "nz-xa-pc/art-4", "nz-xa-pc/art-4-bis"),
                doc.provisions().stream().map(ImportedProvision::id).toList());
        ImportedProvision art4 = doc.provisions().get(1);
        assertEquals("4", art4.number());
        assertEquals("Illicit removal of organs", art4.heading());
        assertEquals(List.of("1", "2"), art4.paragraphs().stream().map(p -> p.number()).toList());
        assertEquals("is committed for financial gain.", art4.paragraphs().get(1).points().get(1).text());
        assertEquals("Organ brokering", doc.provisions().get(2).heading());
        assertEquals("Brokering an organ for money is an offence.", doc.provisions().get(2).text());
    }

    @Test
    void attachesAnInstrumentsOfficialTextToItsExistingProvisionIds() throws IOException {
        ImportedDocument doc = Importers.importer(ImportLimits.DEFAULT).importFile("treaty-a-en.html", null,
                Files.readAllBytes(FIXTURES.resolve("treaty-a-en.html")),
                DocumentForm.metadata("treaty-a", "Treaty A", "Treaty A", "en", "official", null, null));

        assertEquals("treaty-a-en", doc.id());
        ImportedProvision art1 = doc.provisions().get(1);
        assertEquals("treaty-a/art-1", art1.id());
        assertTrue(art1.attached());
        assertEquals("Purpose", art1.heading());
        ImportedProvision art2 = doc.provisions().get(2);
        assertEquals("treaty-a/art-2", art2.id());
        assertEquals("1 For the purposes of this Treaty, an organ is an invented thing.\n"
                + "2 A donor is a person of a fictional State.", art2.text());
        ImportedProvision art40 = doc.provisions().get(3);
        assertEquals("treaty-a/art-40", art40.id());
        assertFalse(art40.attached(), "treaty-a has no article 40 in the corpus");
    }
}
