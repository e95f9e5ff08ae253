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

    static Extracted extract(DocumentFormat format, byte[] content, ImportLimits limits, String language) {
        if (format != DocumentFormat.PDF && format != DocumentFormat.TEXT && content.length > limits.maxMarkupBytes()) {
            throw tooMuchText("The " + format.name().replace('_', ' ') + " file has " + content.length
                    + " bytes; at most " + limits.maxMarkupBytes() + " are read (about " + limits.maxTextChars()
                    + " characters of text).");
        }
        return switch (format) {
            case PDF -> {
                List<PageText> pages = new PdfTextExtractor(limits.maxPages(), limits.maxTextChars()).pages(content);
                yield new Extracted(ProvisionSplitter.split(PageCleaner.clean(pages), language), pages.size());
            }
            case HTML -> new Extracted(ProvisionSplitter.split(PageCleaner.joinHyphens(
                    HtmlTextExtractor.lines(PlainTextExtractor.decode(content))), language), null);
            case AKOMA_NTOSO -> new Extracted(AkomaNtosoReader.read(content), null);
            case CLML -> new Extracted(ClmlReader.read(content), null);
            case USLM -> new Extracted(UslmReader.read(content), null);
            case GII -> new Extracted(GiiReader.read(content), null);
            case JUSTICE_CANADA -> new Extracted(CanadaXmlReader.read(content), null);
            case FORMEX -> new Extracted(FormexReader.read(content), null);
            case TEXT -> {
                String text = PlainTextExtractor.decode(content);
                if (text.length() > limits.maxTextChars()) {
                    throw tooMuchText("The text has " + text.length() + " characters; at most "
                            + limits.maxTextChars() + " are accepted per document.");
                }
                if (PlainTextExtractor.paged(text)) {
                    List<PageText> pages = PlainTextExtractor.pages(text);
                    yield new Extracted(ProvisionSplitter.split(PageCleaner.clean(pages), language), pages.size());
                }
                yield new Extracted(ProvisionSplitter.split(PageCleaner.joinHyphens(LineMarkup.lines(text)), language),
                        null);
            }
        };
    }

    static ImportException tooMuchText(String message) {
        return new ImportException(ImportError.TOO_MUCH_TEXT, message);
    }
}
