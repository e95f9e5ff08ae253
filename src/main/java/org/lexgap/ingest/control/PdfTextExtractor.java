package org.lexgap.ingest.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;

/**
 * The text of a PDF, page by page, in reading order (see {@link PageLayout}); refuses PDFs that need a password,
 * cannot be parsed, have too many pages, or carry no text layer.
 */
final class PdfTextExtractor {

    private final int maxPages;

    PdfTextExtractor(int maxPages) {
        this.maxPages = maxPages;
    }

    List<PageText> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int count = document.getNumberOfPages();
            if (count == 0) {
                throw new ImportException(ImportError.EMPTY, "The PDF has no pages.");
            }
            if (count > maxPages) {
                throw new ImportException(ImportError.TOO_MANY_PAGES,
                        "The PDF has " + count + " pages; at most " + maxPages + " are accepted.");
            }
            List<PageText> pages = read(document);
            if (pages.stream().allMatch(p -> p.lines().stream().allMatch(String::isBlank))) {
                throw hasImages(document)
                        ? new ImportException(ImportError.NO_TEXT, "The PDF has only images and no text layer "
                                + "(a scan?); run OCR on it first.")
                        : new ImportException(ImportError.EMPTY, "The PDF contains no text.");
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new ImportException(ImportError.ENCRYPTED, "The PDF is encrypted with a password; "
                    + "upload an unprotected copy.", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException known) {
                throw known;
            }
            throw new ImportException(ImportError.CORRUPT, "The PDF cannot be read: " + brief(e), e);
        }
    }

    private static List<PageText> read(PDDocument document) throws IOException {
        WordCollector collector = new WordCollector();
        List<PageText> pages = new ArrayList<>();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ImportException(ImportError.TIMEOUT, "Processing was stopped at page " + i + ".");
            }
            collector.words.clear();
            collector.setStartPage(i);
            collector.setEndPage(i);
            collector.getText(document);
            float width = document.getPage(i - 1).getMediaBox().getWidth();
            pages.add(new PageText(i, PageLayout.lines(collector.words, width)));
        }
        return pages;
    }

    private static boolean hasImages(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String brief(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Collects the words PDFBox finds (sorted by position), with their coordinates. */
    private static final class WordCollector extends PDFTextStripper {

        final List<PageLayout.Word> words = new ArrayList<>();

        WordCollector() {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (text.isBlank() || positions.isEmpty()) {
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            float height = Math.max(first.getHeightDir(), first.getFontSizeInPt() * 0.7f);
            words.add(new PageLayout.Word(text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getYDirAdj(), height));
        }
    }
}
