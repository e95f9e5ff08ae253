package org.lexgap.ingest.control;

import java.util.List;
import org.lexgap.ingest.entity.DocumentFormat;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;

/** From file content to provisions (not yet with ids): extraction, cleaning and splitting for each format. */
final class TextExtraction {

    /** The split text and the number of pages (null when the format has none). */
    record Extracted(ProvisionSplitter.Result result, Integer pages) {
    }

    private TextExtraction() {
    }

    static Extracted extract(DocumentFormat format, byte[] content, ImportLimits limits) {
        if ((format == DocumentFormat.HTML || format == DocumentFormat.AKOMA_NTOSO)
                && content.length > limits.maxMarkupBytes()) {
            throw tooMuchText("The " + format.name().replace('_', ' ') + " file has " + content.length
                    + " bytes; at most " + limits.maxMarkupBytes() + " are read (about " + limits.maxTextChars()
                    + " characters of text).");
        }
        return switch (format) {
            case PDF -> {
                List<PageText> pages = new PdfTextExtractor(limits.maxPages(), limits.maxTextChars()).pages(content);
                yield new Extracted(ProvisionSplitter.split(PageCleaner.clean(pages)), pages.size());
            }
            case HTML -> new Extracted(ProvisionSplitter.split(PageCleaner.joinHyphens(
                    HtmlTextExtractor.lines(PlainTextExtractor.decode(content)))), null);
            case AKOMA_NTOSO -> new Extracted(AkomaNtosoReader.read(content), null);
            case TEXT -> {
                String text = PlainTextExtractor.decode(content);
                if (text.length() > limits.maxTextChars()) {
                    throw tooMuchText("The text has " + text.length() + " characters; at most "
                            + limits.maxTextChars() + " are accepted per document.");
                }
                if (PlainTextExtractor.paged(text)) {
                    List<PageText> pages = PlainTextExtractor.pages(text);
                    yield new Extracted(ProvisionSplitter.split(PageCleaner.clean(pages)), pages.size());
                }
                List<SourceLine> lines = text.lines().map(l -> new SourceLine(null, l.strip())).toList();
                yield new Extracted(ProvisionSplitter.split(PageCleaner.joinHyphens(lines)), null);
            }
        };
    }

    static ImportException tooMuchText(String message) {
        return new ImportException(ImportError.TOO_MUCH_TEXT, message);
    }
}
