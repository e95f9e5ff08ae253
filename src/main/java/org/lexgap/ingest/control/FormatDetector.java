package org.lexgap.ingest.control;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.lexgap.ingest.entity.DocumentFormat;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;

/**
 * Tells the format from the first bytes of the content (for XML, its root element and namespace, see
 * {@link XmlFormats}); the declared media type and the file name extension must not contradict it (a "report.pdf"
 * that is HTML is refused, not guessed; ".xml" and "application/xml" fit every XML vocabulary).
 */
public final class FormatDetector {

    private FormatDetector() {
    }

    public static DocumentFormat detect(byte[] content, String fileName, String declaredType) {
        if (content.length == 0) {
            throw new ImportException(ImportError.EMPTY, "The file is empty.");
        }
        DocumentFormat found = byContent(content);
        Optional<DocumentFormat> declared = byMediaType(declaredType);
        Optional<DocumentFormat> extension = byExtension(fileName);
        for (Optional<DocumentFormat> claim : java.util.List.of(declared, extension)) {
            if (claim.isPresent() && !compatible(claim.get(), found)) {
                throw new ImportException(ImportError.UNSUPPORTED_TYPE, "The file is declared as "
                        + (claim.get().xml() ? "xml" : claim.get().name().toLowerCase(Locale.ROOT)) + " but its "
                        + "content is " + found.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
            }
        }
        return found;
    }

    static DocumentFormat byContent(byte[] content) {
        if (startsWith(content, "%PDF-")) {
            return DocumentFormat.PDF;
        }
        if (isBinary(content)) {
            throw new ImportException(ImportError.UNSUPPORTED_TYPE, "The file is neither PDF, HTML, XML nor text "
                    + "(binary content" + knownBinary(content).map(k -> ": looks like " + k).orElse("") + ").");
        }
        String original = new String(content, 0, Math.min(content.length, 8192), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        String head = original.toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html")
                || head.matches("(?s)^<!--.*?-->\\s*<html.*")) {
            return DocumentFormat.HTML;
        }
        if (head.startsWith("<?xml") || head.startsWith("<!doctype")
                || head.matches("(?s)^<[a-z_][\\w.:-]*[\\s/>].*")) {
            Optional<XmlFormats.Root> root = XmlFormats.sniff(original);
            if (root.isEmpty() && head.contains("<!entity")) {
                throw new ImportException(ImportError.UNSAFE_XML, "The XML declares entities, which are refused "
                        + "(no DTDs, no external or expanding entities).");
            }
            return root.flatMap(XmlFormats::format).orElseThrow(() -> new ImportException(
                    ImportError.UNSUPPORTED_TYPE, "The XML file is none of the formats lexgap reads (root element "
                    + root.map(r -> "<" + r.name() + ">" + (r.namespace().isEmpty() ? "" : " in " + r.namespace()))
                    .orElse("not found") + "); it reads Akoma Ntoso, legislation.gov.uk (CLML), the US Code "
                    + "(USLM), gesetze-im-internet.de, Justice Canada and EUR-Lex (Formex)."));
        }
        return DocumentFormat.TEXT;
    }

    /** A declared type agrees with the content: the same, any XML vocabulary for "XML", any text but PDF for "text". */
    private static boolean compatible(DocumentFormat claim, DocumentFormat found) {
        return claim == found || claim.xml() && found.xml()
                || claim == DocumentFormat.TEXT && found != DocumentFormat.PDF;
    }

    private static Optional<DocumentFormat> byMediaType(String type) {
        if (type == null) {
            return Optional.empty();
        }
        String t = type.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return switch (t) {
            case "application/pdf" -> Optional.of(DocumentFormat.PDF);
            case "text/html", "application/xhtml+xml" -> Optional.of(DocumentFormat.HTML);
            case "application/xml", "text/xml", "application/akn+xml" -> Optional.of(DocumentFormat.AKOMA_NTOSO);
            case "text/plain" -> Optional.of(DocumentFormat.TEXT);
            default -> Optional.empty();
        };
    }

    private static Optional<DocumentFormat> byExtension(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return Optional.of(DocumentFormat.PDF);
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Optional.of(DocumentFormat.HTML);
        }
        if (n.endsWith(".xml") || n.endsWith(".akn")) {
            return Optional.of(DocumentFormat.AKOMA_NTOSO);
        }
        if (n.endsWith(".txt")) {
            return Optional.of(DocumentFormat.TEXT);
        }
        return Optional.empty();
    }

    private static boolean isBinary(byte[] content) {
        int n = Math.min(content.length, 8192);
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xff;
            if (b == 0 || (b < 0x09) || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> knownBinary(byte[] c) {
        if (startsWithBytes(c, 0x89, 'P', 'N', 'G')) {
            return Optional.of("a PNG image");
        }
        if (startsWithBytes(c, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("a JPEG image");
        }
        if (startsWithBytes(c, 'P', 'K', 3, 4)) {
            return Optional.of("a ZIP archive (DOCX/ODT?)");
        }
        if (startsWithBytes(c, 0x7F, 'E', 'L', 'F') || startsWithBytes(c, 'M', 'Z')) {
            return Optional.of("a program");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        return content.length >= p.length && java.util.Arrays.equals(content, 0, p.length, p, 0, p.length);
    }

    private static boolean startsWithBytes(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
