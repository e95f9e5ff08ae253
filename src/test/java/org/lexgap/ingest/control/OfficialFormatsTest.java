package org.lexgap.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lexgap.ingest.entity.DocumentFormat;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;
import org.lexgap.ingest.entity.ImportedDocument;
import org.lexgap.ingest.entity.ImportedProvision;

/**
 * The XML of the publishers users take texts from, on a real sample of each (see the README beside the fixtures):
 * structure from the markup, and the same hardening as Akoma Ntoso.
 */
class OfficialFormatsTest {

    private static final Path OFFICIAL = Path.of("src/test/resources/fixtures/import/official");

    private static ImportedDocument load(String file) throws IOException {
        return Importers.load(file, Files.readAllBytes(OFFICIAL.resolve(file)));
    }

    private static List<String> ids(ImportedDocument doc) {
        return doc.provisions().stream().map(ImportedProvision::id).toList();
    }

    @Test
    void readsLegislationGovUk() throws IOException {
        ImportedDocument doc = load("uksi-2025-3-regulation-2.clml.xml");
        assertEquals(DocumentFormat.CLML, doc.format());
        assertEquals(List.of("nz-xa-pc/reg-2"), ids(doc));
        ImportedProvision reg = doc.provisions().get(0);
        assertEquals("Regulation 2", reg.label());
        assertEquals("Amendment of the State Pension Credit Regulations 2002", reg.heading());
        assertEquals(List.of("1", "2"), reg.paragraphs().stream().map(p -> p.number()).toList());
        assertEquals(List.of("a", "b"), reg.paragraphs().get(1).points().stream().map(p -> p.label()).toList());
        assertFalse(reg.text().contains("S.I. 2002/1792"), "footnotes are left out: " + reg.text());
    }

    @Test
    void readsTheUnitedStatesCode() throws IOException {
        ImportedDocument doc = load("usc16-s37-38.uslm.xml");
        assertEquals(DocumentFormat.USLM, doc.format());
        assertEquals(List.of("nz-xa-pc/s-37", "nz-xa-pc/s-38"), ids(doc));
        ImportedProvision s37 = doc.provisions().get(0);
        assertEquals("§ 37", s37.label());
        assertEquals("37", s37.number());
        assertEquals("Provision of feed and range facilities for game animals", s37.heading());
        assertEquals(List.of("a", "b"), s37.paragraphs().get(0).points().stream().map(p -> p.label()).toList());
        assertTrue(s37.text().endsWith("44 Stat. 655.)"), "the source credit closes the text: " + s37.text());
    }

    @Test
    void readsGesetzeImInternetWithoutFetchingItsDtd() throws IOException {
        ImportedDocument doc = load("ifsg-s1-s3.gii.xml");
        assertEquals(DocumentFormat.GII, doc.format());
        assertEquals(List.of("nz-xa-pc/s-1", "nz-xa-pc/s-3"), ids(doc));
        ImportedProvision s1 = doc.provisions().get(0);
        assertEquals("§ 1", s1.label());
        assertEquals("Zweck des Gesetzes", s1.heading());
        assertEquals(List.of("1", "2"), s1.paragraphs().stream().map(p -> p.number()).toList());
        assertFalse(doc.provisions().stream().anyMatch(p -> p.text().contains("Textnachweis")),
                "the documentation notes are left out");
    }

    @Test
    void readsJusticeCanada() throws IOException {
        ImportedDocument doc = load("a-13.4-s5-s7.canada.xml");
        assertEquals(DocumentFormat.JUSTICE_CANADA, doc.format());
        assertEquals(List.of("nz-xa-pc/s-5", "nz-xa-pc/s-7"), ids(doc));
        ImportedProvision s7 = doc.provisions().get(1);
        assertEquals("Purchase of gametes", s7.heading());
        assertEquals(List.of("1", "2", "3", "4"), s7.paragraphs().stream().map(p -> p.number()).toList());
        assertEquals(List.of("a", "b"), s7.paragraphs().get(1).points().stream().map(p -> p.label()).toList());
    }

    @Test
    void readsFormexOfEurLex() throws IOException {
        ImportedDocument doc = load("gdpr-art-1-2.formex.xml");
        assertEquals(DocumentFormat.FORMEX, doc.format());
        assertEquals(List.of("nz-xa-pc/preamble", "nz-xa-pc/art-1", "nz-xa-pc/art-2"), ids(doc));
        ImportedProvision art2 = doc.provisions().get(2);
        assertEquals("Article 2", art2.label());
        assertEquals("Material scope", art2.heading());
        assertEquals(List.of("1", "2", "3", "4"), art2.paragraphs().stream().map(p -> p.number()).toList());
        assertEquals(List.of("a", "b", "c", "d"),
                art2.paragraphs().get(1).points().stream().map(p -> p.label()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Legislation | <Legislation xmlns="http://www.legislation.gov.uk/namespaces/legislation"><Primary><Body><P1><Pnumber>1</Pnumber><Text>&xxe;</Text></P1></Body></Primary></Legislation>
            uscDoc      | <uscDoc xmlns="http://xml.house.gov/schemas/uslm/1.0"><main><section><num value="1">§ 1.</num><content>&xxe;</content></section></main></uscDoc>
            dokumente   | <dokumente><norm><metadaten><enbez>§ 1</enbez></metadaten><textdaten><text><Content><P>&xxe;</P></Content></text></textdaten></norm></dokumente>
            Statute     | <Statute xmlns:lims="http://justice.gc.ca/lims"><Body><Section><Label>1</Label><Text>&xxe;</Text></Section></Body></Statute>
            ACT         | <ACT><ENACTING.TERMS><ARTICLE><TI.ART>Article 1</TI.ART><ALINEA>&xxe;</ALINEA></ARTICLE></ENACTING.TERMS></ACT>
            """)
    void refusesEntityDeclarationsInEveryFormat(String root, String document) {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + document;
        ImportException e = assertThrows(ImportException.class,
                () -> Importers.load("law.xml", xxe.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ImportError.UNSAFE_XML, e.error(), e.getMessage());
    }

    @Test
    void anXmlExtensionFitsEveryVocabularyButAPdfNameDoesNot() throws IOException {
        byte[] clml = Files.readAllBytes(OFFICIAL.resolve("uksi-2025-3-regulation-2.clml.xml"));
        assertEquals(DocumentFormat.CLML, Importers.importer(ImportLimits.DEFAULT)
                .importFile("data.xml", "application/xml", clml, Importers.xa()).format());
        ImportException e = assertThrows(ImportException.class, () -> Importers.load("data.pdf", clml));
        assertEquals(ImportError.UNSUPPORTED_TYPE, e.error());
    }

    @Test
    void namesTheFormatsItReadsWhenTheRootIsUnknown() {
        ImportException e = assertThrows(ImportException.class, () -> Importers.load("other.xml",
                "<?xml version=\"1.0\"?><records xmlns=\"urn:x\"><record/></records>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ImportError.UNSUPPORTED_TYPE, e.error());
        assertTrue(e.getMessage().contains("<records> in urn:x") && e.getMessage().contains("Formex"),
                e.getMessage());
    }
}
