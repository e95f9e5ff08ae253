package org.lexgap.text;

/**
 * The characters no text of lexgap may hold: C0 controls other than tab and line feed (U+0000 to U+001F),
 * the non-characters U+FFFE and U+FFFF, and surrogates that are not part of a pair. XML (and so the PDF
 * renderer) refuses them, and a reader cannot see them. A boundary refuses them ({@link #firstForbidden});
 * an output cleans what is already stored ({@link #clean}). Carriage returns are line ends, not refused:
 * both methods read CR LF and a lone CR as one line feed.
 */
public final class ControlCharacters {

    /** What a forbidden character becomes in an output. */
    public static final char REPLACEMENT = '\uFFFD';

    private ControlCharacters() {
    }

    /** The text with line ends as LF (CR LF and a lone CR become LF); null stays null. */
    public static String normalizeLineEnds(String text) {
        return text == null || text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The index of the first forbidden character after line ends are normalised, or -1 when there is none. */
    public static int firstForbidden(String text) {
        String t = normalizeLineEnds(text);
        if (t == null) {
            return -1;
        }
        for (int i = 0; i < t.length(); i++) {
            if (forbiddenAt(t, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The forbidden character at that index of the normalised text, as U+XXXX, for messages. */
    public static String describe(String text, int index) {
        return String.format("U+%04X", (int) normalizeLineEnds(text).charAt(index));
    }

    /** The text with line ends normalised and every forbidden character replaced by U+FFFD; null stays null. */
    public static String clean(String text) {
        String t = normalizeLineEnds(text);
        if (t == null || firstForbidden(t) < 0) {
            return t;
        }
        StringBuilder s = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            s.append(forbiddenAt(t, i) ? REPLACEMENT : t.charAt(i));
        }
        return s.toString();
    }

    private static boolean forbiddenAt(String t, int i) {
        char c = t.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n';
        }
        if (c == '\uFFFE' || c == '\uFFFF') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= t.length() || !Character.isLowSurrogate(t.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(t.charAt(i - 1));
        }
        return false;
    }
}
