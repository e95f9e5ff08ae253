package org.lexgap.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A long invented statute as a PDF: running header and footer, an article every few lines, hyphenated words. */
final class BenchPdf {

    private static final int LINES_PER_PAGE = 48;

    private BenchPdf() {
    }

    static void write(Path file, int pages) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        int article = 1;
        try (PDDocument doc = new PDDocument()) {
            for (int n = 1; n <= pages; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    out.setFont(font, 10);
                    text(out, 72, 805, "Invented Penal Code of the Republic of Xanadu - benchmark edition");
                    float y = 770;
                    for (int line = 0; line < LINES_PER_PAGE; line++, y -= 14) {
                        if (line % 12 == 0) {
                            text(out, 72, y, "Article " + article++ + " - Invented offence number " + line);
                        } else if (line % 12 == 5) {
                            text(out, 72, y, "(2) The court of the fictional State may order the confis-");
                        } else if (line % 12 == 6) {
                            text(out, 72, y, "cation of any proceeds derived from the invented offence.");
                        } else {
                            text(out, 72, y, "(1) Whoever removes an organ of another person without consent "
                                    + "shall be punished.");
                        }
                    }
                    text(out, 280, 40, "Page " + n + " of " + pages);
                }
            }
            doc.save(file.toFile());
        }
    }

    private static void text(PDPageContentStream out, float x, float y, String text) throws IOException {
        out.beginText();
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
