package org.lexgap.ingest.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * PDFs generated for the tests with PDFBox: pages of lines with a running header and footer, two-column pages
 * written row by row (so that content order interleaves the columns), encrypted and image-only files.
 */
public final class TestPdfs {

    static final float TOP = 760;
    static final float LEADING = 14;

    /** One page: a header line, body lines (an empty string leaves an extra gap) and a footer line. */
    public record Page(String header, List<String> body, String footer) {
    }

    private TestPdfs() {
    }

    public static byte[] pages(List<Page> pages) {
        return build(doc -> {
            for (Page page : pages) {
                PDPage p = new PDPage(PDRectangle.A4);
                doc.addPage(p);
                try (PDPageContentStream out = new PDPageContentStream(doc, p)) {
                    if (page.header() != null) {
                        write(out, 72, 800, page.header());
                    }
                    float y = TOP;
                    for (String line : page.body()) {
                        if (line.isEmpty()) {
                            y -= LEADING;
                            continue;
                        }
                        write(out, 72, y, line);
                        y -= LEADING;
                    }
                    if (page.footer() != null) {
                        write(out, 280, 40, page.footer());
                    }
                }
            }
        });
    }

    /** One page with a full-width title, then two columns written row by row (left, right, left, right…). */
    public static byte[] twoColumns(String title, List<String> left, List<String> right) {
        return build(doc -> {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            try (PDPageContentStream out = new PDPageContentStream(doc, p)) {
                write(out, 72, 800, title);
                float y = TOP;
                for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                    if (i < left.size() && !left.get(i).isEmpty()) {
                        write(out, 50, y, left.get(i));
                    }
                    if (i < right.size() && !right.get(i).isEmpty()) {
                        write(out, 310, y, right.get(i));
                    }
                    y -= LEADING;
                }
            }
        });
    }

    public static byte[] encrypted(byte[] pdf) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] imageOnly() {
        return build(doc -> {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            scan.getGraphics().drawString("Article 1", 10, 50);
            try (PDPageContentStream out = new PDPageContentStream(doc, p)) {
                out.drawImage(LosslessFactory.createFromImage(doc, scan), 72, 600);
            }
        });
    }

    /**
     * A small file that unpacks into much text: one page whose compressed content stream shows {@code glyphs}
     * characters, a line of text operators after another (the kind of PDF that took 3.5 GB to read).
     */
    public static byte[] textBomb(int glyphs) {
        return build(doc -> {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            try (PDPageContentStream out = new PDPageContentStream(doc, p)) {
                out.beginText();
                out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 2);
                out.newLineAtOffset(10, 830);
                String line = "organ trafficking shall be punished ".repeat(5);
                for (int shown = 0; shown < glyphs; shown += line.length()) {
                    out.showText(line);
                    out.newLineAtOffset(0, -0.01f);
                }
                out.endText();
            }
        });
    }

    public static byte[] blankPages(int count) {
        return build(doc -> {
            for (int i = 0; i < count; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
        });
    }

    private static void write(PDPageContentStream out, float x, float y, String text) throws IOException {
        out.beginText();
        out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private interface Body {
        void fill(PDDocument doc) throws IOException;
    }

    private static byte[] build(Body body) {
        try (PDDocument doc = new PDDocument()) {
            body.fill(doc);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
