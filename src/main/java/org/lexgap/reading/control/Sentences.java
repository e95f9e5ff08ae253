package org.lexgap.reading.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts the sentence (or list item) around an offset out of a paragraph, as the passage a reviewer reads. */
final class Sentences {

    static final int MAX = 300;
    /** Ends a sentence or a list item: a full stop, semicolon or colon before a space and a capital, digit or bracket. */
    private static final Pattern END = Pattern.compile("[.;:](?=\\s+[\\p{Lu}\\p{N}(«\"„])|;\\s|\\n\\s*\\n");

    private Sentences() {
    }

    static String around(String paragraph, int offset) {
        int start = 0;
        int end = paragraph.length();
        Matcher m = END.matcher(paragraph);
        while (m.find()) {
            if (m.end() <= offset) {
                start = m.end();
            } else {
                end = m.start() + 1;
                break;
            }
        }
        String sentence = paragraph.substring(start, Math.min(end, paragraph.length())).replaceAll("\\s+", " ").strip();
        if (sentence.length() <= MAX) {
            return sentence;
        }
        int local = Math.max(0, offset - start - MAX / 3);
        int cut = Math.min(sentence.length(), local + MAX - 2);
        return (local > 0 ? "…" : "") + sentence.substring(local, cut).strip() + (cut < sentence.length() ? "…" : "");
    }
}
