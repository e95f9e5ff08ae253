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

    /** A page of a legal text holds a few thousand characters; one with more than this is not read further. */
    static final int MAX_PAGE_CHARS = 100_000;

    private final int maxPages;
    private final int maxTextChars;

    PdfTextExtractor(int maxPages, int maxTextChars) {
        this.maxPages = maxPages;
        this.maxTextChars = maxTextChars;
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
            List<PageText> pages = read(document, maxTextChars);
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

    /**
     * Reads page by page; stops (and refuses) as soon as a page or the document holds more characters than allowed,
     * or the import was stopped for taking too long, so that neither memory nor time follow a hostile PDF.
     */
    private static List<PageText> read(PDDocument document, int maxTextChars) throws IOException {
        WordCollector collector = new WordCollector(maxTextChars);
        List<PageText> pages = new ArrayList<>();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            collector.checkInterrupted(i);
            collector.words.clear();
            collector.page = i;
            collector.pageChars = 0;
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
        private final int maxTextChars;
        int page;
        int pageChars;
        private long documentChars;

        WordCollector(int maxTextChars) {
            this.maxTextChars = maxTextChars;
            setSortByPosition(true);
        }

        /** Counts each character as PDFBox meets it, before it keeps it: the limits hold while a page is read. */
        @Override
        protected void processTextPosition(TextPosition text) {
            pageChars++;
            documentChars++;
            if (pageChars > MAX_PAGE_CHARS) {
                throw TextExtraction.tooMuchText("Page " + page + " holds more than " + MAX_PAGE_CHARS
                        + " characters; that is not the page of a legal text.");
            }
            if (documentChars > maxTextChars) {
                throw TextExtraction.tooMuchText("The PDF holds more than " + maxTextChars + " characters of text "
                        + "(stopped at page " + page + "); at most that many are accepted per document.");
            }
            if ((pageChars & 0xFFF) == 0) {
                checkInterrupted(page);
            }
            super.processTextPosition(text);
        }

        void checkInterrupted(int atPage) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ImportException(ImportError.TIMEOUT, "Processing was stopped at page " + atPage + ".");
            }
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
