package org.lexgap.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;

/** Each hostile or broken input gets its typed error (which maps to a 4xx answer) and a readable message. */
class HostileInputTest {

    private static final byte[] SMALL_PDF = TestPdfs.pages(List.of(new TestPdfs.Page(null,
            List.of("Article 1 - Scope", "This invented law applies in Xanadu."), null)));

    private static ImportException refused(ImportLimits limits, String name, String type, byte[] content) {
        return assertThrows(ImportException.class,
                () -> Importers.importer(limits).importFile(name, type, content, Importers.xa()));
    }

    private static ImportException refused(String name, byte[] content) {
        return refused(ImportLimits.DEFAULT, name, null, content);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void refusesAFileAboveTheSizeLimit() {
        ImportException e = refused(new ImportLimits(100, 10, Duration.ofSeconds(10)), "big.pdf", null, SMALL_PDF);
        assertEquals(ImportError.TOO_LARGE, e.error());
        assertEquals(413, e.error().status());
    }

    @Test
    void refusesMoreTextThanADocumentMayHoldAndStopsReadingAPdfThatUnpacksIntoText() {
        ImportLimits small = new ImportLimits(1 << 24, 100, Duration.ofSeconds(60), 50_000, 100_000);
        ImportException text = refused(small, "big.txt", "text/plain", utf8("Article 1\n" + "organ ".repeat(20_000)));
        assertEquals(ImportError.TOO_MUCH_TEXT, text.error());
        assertEquals(413, text.error().status());
        assertTrue(text.getMessage().contains("at most 50000"), text.getMessage());

        ImportException html = refused(small, "big.html", "text/html",
                utf8("<html><body><p>" + "organ ".repeat(100_000) + "</p></body></html>"));
        assertEquals(ImportError.TOO_MUCH_TEXT, html.error());

        byte[] bomb = TestPdfs.textBomb(1_000_000);
        assertTrue(bomb.length < 200_000, "a small file: " + bomb.length + " bytes");
        long start = System.nanoTime();
        ImportException pdf = refused(ImportLimits.DEFAULT, "bomb.pdf", null, bomb);
        assertEquals(ImportError.TOO_MUCH_TEXT, pdf.error());
        assertTrue(pdf.getMessage().contains("Page 1 holds more than"), pdf.getMessage());
        System.out.printf("text bomb of %d bytes refused in %d ms%n", bomb.length,
                (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void refusesAPdfWithTooManyPages() {
        byte[] pdf = TestPdfs.blankPages(3);
        ImportException e = refused(new ImportLimits(1 << 20, 2, Duration.ofSeconds(10)), "long.pdf", null, pdf);
        assertEquals(ImportError.TOO_MANY_PAGES, e.error());
        assertTrue(e.getMessage().contains("3 pages"), e.getMessage());
    }

    @Test
    void stopsProcessingThatExceedsTheTimeLimit() {
        List<TestPdfs.Page> pages = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            pages.add(new TestPdfs.Page("Header", List.of("Article " + i + " - Invented", "Text of Xanadu."),
                    "Page " + i));
        }
        byte[] pdf = TestPdfs.pages(pages);
        ImportException e = refused(new ImportLimits(1 << 24, 1000, Duration.ofMillis(1)), "slow.pdf", null, pdf);
        assertEquals(ImportError.TIMEOUT, e.error());
    }

    @Test
    void refusesAPasswordProtectedPdf() {
        assertEquals(ImportError.ENCRYPTED, refused("secret.pdf", TestPdfs.encrypted(SMALL_PDF)).error());
    }

    @Test
    void refusesACorruptPdf() {
        byte[] truncated = java.util.Arrays.copyOf(SMALL_PDF, 40);
        assertEquals(ImportError.CORRUPT, refused("broken.pdf", truncated).error());
        assertEquals(ImportError.CORRUPT, refused("garbage.pdf", utf8("%PDF-1.7\nthis is not a PDF at all")).error());
    }

    @Test
    void refusesEmptyFilesAndPdfsWithoutText() {
        assertEquals(ImportError.EMPTY, refused("empty.pdf", new byte[0]).error());
        assertEquals(ImportError.EMPTY, refused("blank.pdf", TestPdfs.blankPages(1)).error());
        assertEquals(ImportError.EMPTY, refused("blank.txt", utf8("  \n\n ")).error());
    }

    @Test
    void refusesAnImageOnlyPdfAndSuggestsOcr() {
        ImportException e = refused("scan.pdf", TestPdfs.imageOnly());
        assertEquals(ImportError.NO_TEXT, e.error());
        assertTrue(e.getMessage().contains("OCR"), e.getMessage());
    }

    @Test
    void refusesXmlWithAnExternalEntity() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body><article>"
                + "<num>Article 1</num><content><p>&xxe;</p></content></article></body></act></akomaNtoso>";
        ImportException e = refused("xxe.xml", utf8(xxe));
        assertEquals(ImportError.UNSAFE_XML, e.error());
        assertTrue(!e.getMessage().contains("root:"), e.getMessage());
    }

    @Test
    void refusesXmlWithEntityExpansion() {
        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE akomaNtoso [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            lol.append("<!ENTITY lol").append(i).append(" \"");
            lol.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        lol.append("]><akomaNtoso><act><body><p>&lol9;</p></body></act></akomaNtoso>");
        assertEquals(ImportError.UNSAFE_XML, refused("laughs.xml", utf8(lol.toString())).error());
    }

    @Test
    void refusesXmlThatIsNotAkomaNtoso() {
        assertEquals(ImportError.UNSUPPORTED_TYPE, refused("data.xml", utf8("<?xml version=\"1.0\"?><data/>")).error());
    }

    @Test
    void detectsTheTypeByContentNotByTheDeclaredType() {
        byte[] html = utf8("<!DOCTYPE html><html><body><p>Article 1</p></body></html>");
        ImportException asPdf = refused(ImportLimits.DEFAULT, "law.html", "application/pdf", html);
        assertEquals(ImportError.UNSUPPORTED_TYPE, asPdf.error());
        assertEquals(415, asPdf.error().status());
        assertEquals(ImportError.UNSUPPORTED_TYPE, refused("law.pdf", html).error());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        ImportException image = refused(ImportLimits.DEFAULT, "law.txt", "text/plain", png);
        assertEquals(ImportError.UNSUPPORTED_TYPE, image.error());
        assertTrue(image.getMessage().contains("PNG"), image.getMessage());
        assertEquals(ImportError.UNSUPPORTED_TYPE,
                refused(ImportLimits.DEFAULT, "law.html", "text/html", SMALL_PDF).error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd.pdf", "/tmp/law.pdf", "C:\\law.pdf", "..", ".hidden.pdf",
        "law\u0000.pdf", "law\n.pdf", "law\u202Efdp.txt", ""})
    void refusesFileNamesWithPathsOrControlCharacters(String name) {
        ImportException e = refused(name, SMALL_PDF);
        assertEquals(ImportError.INVALID_FILE_NAME, e.error());
        assertEquals(400, e.error().status());
    }

    @Test
    void refusesAnUnknownInstrumentAndBadFormFields() {
        assertEquals(ImportError.INVALID_FORM, assertThrows(ImportException.class,
                () -> DocumentForm.metadata("XA", "T", "C", "en", "draft", null, null)).error());
        assertEquals(ImportError.INVALID_FORM, assertThrows(ImportException.class,
                () -> DocumentForm.metadata("XA", "T", "C", "en", "official", "01/02/2024", null)).error());
        assertEquals(ImportError.INVALID_FORM, assertThrows(ImportException.class,
                () -> DocumentForm.metadata("../x", "T", "C", "en", "official", null, null)).error());
        assertEquals(ImportError.INVALID_FORM, assertThrows(ImportException.class,
                () -> Importers.importer(ImportLimits.DEFAULT).importFile("a.pdf", null, SMALL_PDF,
                        DocumentForm.metadata("no-such-treaty", "T", null, "en", "official", null, null))).error());
        ImportException unknownCountry = assertThrows(ImportException.class, () -> Importers.importer(
                ImportLimits.DEFAULT).importFile("a.pdf", null, SMALL_PDF,
                DocumentForm.metadata("QQ", "T", null, "en", "official", null, null)));
        assertEquals(ImportError.INVALID_FORM, unknownCountry.error());
        assertTrue(unknownCountry.getMessage().contains("not an ISO 3166-1 alpha-2"), unknownCountry.getMessage());
        for (String source : new String[] {"javascript:alert(1)", "data:text/html,x", "file:///etc/passwd"}) {
            assertEquals(ImportError.INVALID_FORM, assertThrows(ImportException.class,
                    () -> DocumentForm.metadata("XA", "T", "C", "en", "official", null, source)).error());
        }
        assertEquals("https://example.org/law", DocumentForm.metadata("XA", "T", "C", "en", "official", null,
                "https://example.org/law").source());
    }
}
