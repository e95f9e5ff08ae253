package org.lexgap.ingest.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexgap.ingest.entity.Paragraph;
import org.lexgap.ingest.entity.Point;

/**
 * Finds the numbered paragraphs ({@code 1.}, {@code (2)}, {@code 3 Each Party…}, {@code § 2.} in Polish and Belgian
 * articles, {@code 2 - } in Portuguese ones, {@code 2.Text} as Italian consolidations print them) and lettered points
 * ({@code (a)}, {@code b)}, {@code в)}, {@code β)}) in the body of a provision. Numbers must follow each other
 * (1, 2, 3; a, b, c), so a wrapped line that happens to start with a number is not taken for a paragraph. Wrapped
 * lines are joined, but a short title line right before a numbered paragraph (a Canadian marginal note) stays its
 * own line; the text keeps one line per paragraph and per point.
 */
final class ParagraphParser {

    private static final Pattern PARAGRAPH = Pattern.compile("(?u)^(?:\\((\\d{1,3})\\)\\s*|(?:§\\s*)?(\\d{1,3})[.)]\\s*"
            + "(?=[\\p{Lu}«\"“(]|\\s)|(\\d{1,3})\\s+(?:-\\s+)?(?=[\\p{Lu}«\"“]))(.*)$");
    private static final Pattern POINT = Pattern.compile(
            "(?u)^(?:\\(([a-zа-яα-ω])\\)\\s*|([a-zа-яα-ω])[.)]\\s+)(.*)$");
    private static final String GREEK = "αβγδεζηθικλμνξοπρστυφχψω";

    /** The paragraphs and the provision's text, reflowed. */
    record Body(List<Paragraph> paragraphs, String text) {
    }

    private ParagraphParser() {
    }

    static Body parse(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        int expectedParagraph = 1;
        char expectedPoint = 0;
        Block current = null;
        boolean breakBefore = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                breakBefore = true;
                continue;
            }
            Matcher p = PARAGRAPH.matcher(line);
            Matcher q = POINT.matcher(line);
            if (p.matches() && Integer.parseInt(number(p)) == expectedParagraph) {
                current = new Block(Kind.PARAGRAPH, number(p), line.substring(0, p.start(4)).strip(), p.group(4));
                expectedParagraph++;
                expectedPoint = 0;
            } else if (q.matches() && isNextLetter(letter(q), expectedPoint)) {
                expectedPoint = letter(q).charAt(0);
                current = new Block(Kind.POINT, letter(q), line.substring(0, q.start(3)).strip(), q.group(3));
            } else if (current == null || breakBefore || headsNext(lines, i)) {
                current = new Block(Kind.TEXT, null, "", line);
            } else {
                current.text.append(' ').append(line);
                continue;
            }
            blocks.add(current);
            breakBefore = false;
        }
        return new Body(paragraphs(blocks), text(blocks));
    }

    /** A short title line right before a numbered paragraph (a Canadian marginal note): its own block. */
    private static boolean headsNext(List<String> lines, int index) {
        if (index + 1 >= lines.size() || lines.get(index).length() > 80 || !Titles.isTitle(lines.get(index))) {
            return false;
        }
        String next = lines.get(index + 1).strip();
        return next.startsWith("(") && PARAGRAPH.matcher(next).matches();
    }

    private static String number(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }

    private static String letter(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static boolean isNextLetter(String letter, char previous) {
        char c = letter.charAt(0);
        if (previous == 0) {
            return c == 'a' || c == 'а' || c == 'α';
        }
        int g = GREEK.indexOf(previous);
        return g >= 0 ? g + 1 < GREEK.length() && GREEK.charAt(g + 1) == c : c == previous + 1;
    }

    private static List<Paragraph> paragraphs(List<Block> blocks) {
        List<Paragraph> out = new ArrayList<>();
        String number = null;
        StringBuilder text = new StringBuilder();
        List<Point> points = new ArrayList<>();
        boolean open = false;
        for (Block b : blocks) {
            if (b.kind == Kind.PARAGRAPH || (b.kind == Kind.TEXT && !points.isEmpty())) {
                if (open) {
                    out.add(new Paragraph(number, text.toString().strip(), List.copyOf(points)));
                }
                number = b.kind == Kind.PARAGRAPH ? b.number : null;
                text = new StringBuilder(b.text);
                points = new ArrayList<>();
            } else if (b.kind == Kind.POINT) {
                points.add(new Point(b.number, b.text.toString().strip()));
            } else {
                text.append(text.length() > 0 ? "\n" : "").append(b.text);
            }
            open = true;
        }
        if (open) {
            out.add(new Paragraph(number, text.toString().strip(), List.copyOf(points)));
        }
        return out;
    }

    private static String text(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(b.marker.isEmpty() ? "" : b.marker + " ").append(b.text.toString().strip());
        }
        return out.toString();
    }

    private enum Kind { PARAGRAPH, POINT, TEXT }

    private static final class Block {
        final Kind kind;
        final String number;
        final String marker;
        final StringBuilder text;

        Block(Kind kind, String number, String marker, String text) {
            this.kind = kind;
            this.number = number;
            this.marker = marker;
            this.text = new StringBuilder(text);
        }
    }
}
