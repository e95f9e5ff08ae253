package org.lexgap.report.control;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * HTML to tagged PDF (PDF/UA-1) with openhtmltopdf on PDFBox: DejaVu fonts embedded, charts drawn by JFreeChart,
 * and the same bytes for the same HTML and date (the document ID is derived from the HTML, the dates from
 * {@code created}).
 */
public final class PdfRenderer {

    static {
        // openhtmltopdf logs every render at INFO; only its warnings matter here
        for (String logger : java.util.List.of(XRLog.CONFIG, XRLog.GENERAL, XRLog.INIT, XRLog.LOAD, XRLog.MATCH,
                XRLog.CASCADE, XRLog.XML_ENTITIES, XRLog.CSS_PARSE, XRLog.LAYOUT, XRLog.RENDER)) {
            XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
    }

    private PdfRenderer() {
    }

    /** Renders within a permit of {@link RenderPermits}: only so many PDFs are laid out at once. */
    public static byte[] render(String html, Instant created) {
        return RenderPermits.within(() -> renderNow(html, created));
    }

    private static byte[] renderNow(String html, Instant created) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("lexgap");
        Fonts.register(builder);
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(BarChart.OBJECT_TYPE, new ChartDrawer());
        builder.useObjectDrawerFactory(drawers);
        builder.withHtmlContent(html, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            stamp(document, html, created);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF", e);
        }
    }

    /** Fixed dates and a document ID that depends on the content only. */
    private static void stamp(PDDocument document, String html, Instant created) {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(created.toEpochMilli());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setProducer("lexgap");
        byte[] id = Arrays.copyOf(sha256(html), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
