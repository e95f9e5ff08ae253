package org.lexgap.ingest.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the words of one page into reading order: lines by their baseline, and on a two-column page (a vertical
 * gutter that almost no line crosses) the left column before the right one. Full-width lines (titles, running
 * headers) stay where they are. A vertical gap larger than usual between lines becomes a paragraph break.
 */
final class PageLayout {

    /** A word as PDFBox placed it: left and right edge, baseline and font height, in points. */
    record Word(String text, float left, float right, float baseline, float height) {
    }

    private record Line(List<Word> words, float baseline, float height) {
        float left() {
            return words.get(0).left();
        }

        String text() {
            StringBuilder out = new StringBuilder();
            for (Word w : words) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(w.text());
            }
            return out.toString().strip();
        }
    }

    private PageLayout() {
    }

    static List<String> lines(List<Word> words, float pageWidth) {
        List<Line> lines = group(words);
        Float gutter = gutter(lines, pageWidth);
        List<Line> ordered = gutter == null ? lines : columns(lines, gutter);
        return withParagraphBreaks(ordered);
    }

    private static List<Line> group(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::baseline).thenComparingDouble(Word::left));
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        float baseline = Float.NaN;
        float height = 0;
        for (Word w : sorted) {
            if (!current.isEmpty() && Math.abs(w.baseline() - baseline) > Math.max(1f, height * 0.4f)) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = w.baseline();
                height = w.height();
            }
            current.add(w);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static Line line(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::left));
        float height = (float) sorted.stream().mapToDouble(Word::height).max().orElse(10);
        return new Line(sorted, sorted.get(0).baseline(), height);
    }

    /** The x of a gutter that splits the page into two columns, or null for a single-column page. */
    private static Float gutter(List<Line> lines, float width) {
        if (lines.size() < 6 || width <= 0) {
            return null;
        }
        Float best = null;
        int bestCrossing = Integer.MAX_VALUE;
        for (float x = width * 0.35f; x <= width * 0.65f; x += 2f) {
            int crossing = 0;
            for (Line line : lines) {
                if (crosses(line, x)) {
                    crossing++;
                }
            }
            if (crossing < bestCrossing) {
                bestCrossing = crossing;
                best = x;
            }
        }
        if (best == null || bestCrossing > lines.size() * 0.2) {
            return null;
        }
        float x = best;
        long leftOnly = lines.stream().filter(l -> !crosses(l, x) && l.words().stream().anyMatch(w -> w.right() < x))
                .filter(l -> l.words().stream().anyMatch(w -> w.left() > x)).count();
        return leftOnly >= 3 ? x : null;
    }

    private static boolean crosses(Line line, float x) {
        return line.words().stream().anyMatch(w -> w.left() <= x && w.right() >= x);
    }

    private static List<Line> columns(List<Line> lines, float gutter) {
        List<Line> out = new ArrayList<>();
        List<Line> left = new ArrayList<>();
        List<Line> right = new ArrayList<>();
        for (Line line : lines) {
            if (crosses(line, gutter)) {
                flush(out, left, right);
                out.add(line);
                continue;
            }
            List<Word> l = line.words().stream().filter(w -> w.right() < gutter).toList();
            List<Word> r = line.words().stream().filter(w -> w.left() > gutter).toList();
            if (!l.isEmpty()) {
                left.add(new Line(l, line.baseline(), line.height()));
            }
            if (!r.isEmpty()) {
                right.add(new Line(r, line.baseline(), line.height()));
            }
        }
        flush(out, left, right);
        return out;
    }

    private static void flush(List<Line> out, List<Line> left, List<Line> right) {
        out.addAll(left);
        out.addAll(right);
        left.clear();
        right.clear();
    }

    private static List<String> withParagraphBreaks(List<Line> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            float gap = lines.get(i).baseline() - lines.get(i - 1).baseline();
            if (gap > 0) {
                gaps.add(gap);
            }
        }
        gaps.sort(Float::compare);
        float usual = gaps.isEmpty() ? Float.MAX_VALUE : gaps.get(gaps.size() / 2);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                float gap = lines.get(i).baseline() - lines.get(i - 1).baseline();
                if (gap > usual * 1.5f) {
                    out.add("");
                }
            }
            out.add(lines.get(i).text());
        }
        return out;
    }
}
