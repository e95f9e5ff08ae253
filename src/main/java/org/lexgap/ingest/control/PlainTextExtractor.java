package org.lexgap.ingest.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text as lines: UTF-8 (windows-1252 when it is not valid UTF-8); form feeds, as pdftotext writes them,
 * separate pages, which are then numbered.
 */
final class PlainTextExtractor {

    private PlainTextExtractor() {
    }

    static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    /** Pages when the text has form feeds, else one page without a number. */
    static List<PageText> pages(String text) {
        String[] pages = text.split("\f", -1);
        List<PageText> out = new ArrayList<>();
        for (int i = 0; i < pages.length; i++) {
            if (i == pages.length - 1 && pages[i].isBlank() && i > 0) {
                break;
            }
            out.add(new PageText(i + 1, List.of(pages[i].split("\\R", -1))));
        }
        return out;
    }

    static boolean paged(String text) {
        return text.indexOf('\f') >= 0;
    }
}
