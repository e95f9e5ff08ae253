package org.lexgap.reading.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.lexgap.reading.entity.Paragraph;

/**
 * Splits a provision's text into the paragraphs within which a condition's concepts must stand together: a
 * numbered subsection ("(1)", "2.", "I.-") with the list items that follow its lead-in ("1.", "a)", "(a)", "1°",
 * "–"), or else a block between blank lines. A text without blank lines is split at its line breaks when they
 * start a numbered subsection, and otherwise kept whole.
 */
final class Paragraphs {

    /** A subsection number that opens a paragraph of its own: "(1)", "(2a)", "1.", "§ 2.", "I.-", "II." */
    private static final Pattern SUBSECTION = Pattern.compile(
            "^(\\(\\d+[a-z]?\\)|\\d+[a-z]?\\.(?!\\d)|[IVX]+\\.\\s*[-–]?|[IVX]+\\s*[-–])\\s*\\S");
    /** A list item that continues the lead-in before it: "1.", "a)", "(a)", "(i)", "1°", "–", "•", "-". */
    private static final Pattern LIST_ITEM = Pattern.compile(
            "^(\\(?[a-z]{1,2}\\)|\\((?:[ivx]+)\\)|\\d+[a-z]?\\s*[°º)]|\\d+[a-z]?\\.(?!\\d)|[-–—•·]\\s)\\s*\\S");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private Paragraphs() {
    }

    static List<Paragraph> of(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        List<int[]> merged = new ArrayList<>();
        boolean inList = false;
        List<int[]> blocks = blocks(t);
        // where subsections are numbered "(1)", a block opening with "1." is a list item ("Nummer"), never a subsection
        boolean bracketedSubsections = blocks.stream()
                .anyMatch(b -> t.substring(b[0], b[1]).strip().matches("(?s)^\\(\\d+[a-z]?\\).*"));
        for (int[] block : blocks) {
            String content = t.substring(block[0], block[1]).strip();
            if (content.isEmpty()) {
                continue;
            }
            boolean item = LIST_ITEM.matcher(content).find();
            boolean numberedSubsection = content.matches("(?s)^\\(\\d+[a-z]?\\).*");
            String previous = merged.isEmpty() ? ""
                    : t.substring(merged.get(merged.size() - 1)[0], merged.get(merged.size() - 1)[1]).strip();
            boolean continues = !merged.isEmpty() && !numberedSubsection
                    && (item && (inList || bracketedSubsections || endsLeadIn(previous)
                            || !SUBSECTION.matcher(content).find())
                        || Character.isLowerCase(content.codePointAt(0)));
            if (continues) {
                merged.get(merged.size() - 1)[1] = block[1];
            } else {
                merged.add(new int[] {block[0], block[1]});
            }
            inList = continues && item || !continues && endsLeadIn(content);
        }
        List<Paragraph> out = new ArrayList<>();
        for (int[] m : merged) {
            int start = m[0];
            int end = m[1];
            while (start < end && Character.isWhitespace(t.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                out.add(new Paragraph(out.size(), start, end, t.substring(start, end)));
            }
        }
        return out;
    }

    /** Blocks between blank lines; a text with none is cut at line breaks that open a subsection. */
    private static List<int[]> blocks(String t) {
        List<int[]> blocks = new ArrayList<>();
        var m = BLANK_LINES.matcher(t);
        int from = 0;
        while (m.find()) {
            blocks.add(new int[] {from, m.start()});
            from = m.end();
        }
        blocks.add(new int[] {from, t.length()});
        if (blocks.size() > 1) {
            return blocks;
        }
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) {
            String next = t.substring(i + 1).stripLeading();
            if (SUBSECTION.matcher(next).find() || LIST_ITEM.matcher(next).find()) {
                lines.add(new int[] {start, i});
                start = i + 1;
            }
        }
        lines.add(new int[] {start, t.length()});
        return lines;
    }

    private static boolean endsLeadIn(String text) {
        return text.endsWith(":") || text.endsWith("—") || text.endsWith("–") || text.endsWith("-")
                || text.endsWith(",") || text.endsWith(" if") || text.endsWith(" or") || text.endsWith(" and");
    }
}
