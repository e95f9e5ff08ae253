package org.lexgap.ingest.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lexgap.ingest.control.ProvisionHeadings.Heading;
import org.lexgap.ingest.control.ProvisionHeadings.Style;

/**
 * Splits cleaned lines into provisions by the numbering style that the text uses most, the first one on a tie (see
 * {@link ProvisionHeadings}); bare "2 Human trafficking" headings count only when no labelled style occurs and
 * their numbers rise. The heading is the rest of the heading line, else a short next line (for Turkish
 * {@code Madde}, the short line before it). Text before the first heading is kept as a preamble. A heading met
 * again after an empty provision of the same number (a table of contents) replaces it.
 */
final class ProvisionSplitter {

    /** A provision before it gets its final id. */
    record Split(Style style, String label, String number, String heading, List<String> lines, Integer page) {
    }

    record Result(boolean structureFound, List<Split> provisions) {
    }

    private ProvisionSplitter() {
    }

    static Result split(List<SourceLine> lines) {
        Optional<Style> style = dominantStyle(lines);
        List<Split> out = new ArrayList<>();
        Split current = new Split(null, "", "", null, new ArrayList<>(), lines.isEmpty() ? null : lines.get(0).page());
        int lastBare = 0;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            Optional<Heading> heading = style.flatMap(s -> ProvisionHeadings.parse(line.text(), s));
            if (heading.isPresent() && heading.get().style() == Style.BARE) {
                int value = Integer.parseInt(heading.get().number().replaceAll("\\D", ""));
                if (value <= lastBare) {
                    heading = Optional.empty();
                } else {
                    lastBare = value;
                }
            }
            if (heading.isEmpty()) {
                current.lines().add(line.text());
                continue;
            }
            Heading h = heading.get();
            List<String> body = new ArrayList<>();
            String title = null;
            if (looksLikeHeading(h.rest())) {
                title = h.rest();
            } else if (!h.rest().isEmpty()) {
                body.add(h.rest());
            }
            if (title == null && h.label().equalsIgnoreCase("madde")) {
                title = takeTitleFromEnd(current.lines());
            }
            if (title == null && h.rest().isEmpty()) {
                int next = nextNonBlank(lines, i + 1);
                if (next > 0 && isTitleLine(lines, next)) {
                    title = lines.get(next).text();
                    i = next;
                }
            }
            add(out, current);
            String label = line.text().strip().substring(0, line.text().strip().indexOf(h.number()) + h.number().length());
            current = new Split(h.style(), label, h.number(), title, body, line.page());
        }
        add(out, current);
        if (style.isEmpty()) {
            return new Result(false, out);
        }
        return new Result(true, out);
    }

    private static void add(List<Split> out, Split split) {
        boolean empty = split.lines().stream().allMatch(String::isBlank);
        if (split.style() == null && empty) {
            return;
        }
        out.removeIf(old -> old.style() != null && old.number().equals(split.number())
                && old.lines().stream().allMatch(String::isBlank));
        out.add(split);
    }

    private static Optional<Style> dominantStyle(List<SourceLine> lines) {
        Map<Style, Integer> count = new EnumMap<>(Style.class);
        Map<Style, Integer> first = new EnumMap<>(Style.class);
        for (int i = 0; i < lines.size(); i++) {
            int index = i;
            ProvisionHeadings.parse(lines.get(i).text()).filter(h -> h.style() != Style.BARE).ifPresent(h -> {
                count.merge(h.style(), 1, Integer::sum);
                first.putIfAbsent(h.style(), index);
            });
        }
        Optional<Style> labelled = count.keySet().stream().max(java.util.Comparator.comparing((Style s) -> count.get(s))
                .thenComparing(s -> -first.get(s)));
        if (labelled.isPresent()) {
            return labelled;
        }
        int bare = 0;
        int last = 0;
        for (SourceLine line : lines) {
            Optional<Heading> h = ProvisionHeadings.parse(line.text(), Style.BARE);
            if (h.isPresent()) {
                int value = Integer.parseInt(h.get().number().replaceAll("\\D", ""));
                if (value > last) {
                    bare++;
                    last = value;
                }
            }
        }
        return bare >= 2 ? Optional.of(Style.BARE) : Optional.empty();
    }

    /** A short line without closing punctuation that does not open with a paragraph or point marker. */
    static boolean looksLikeHeading(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= 150 && !t.matches("(?s).*[.;,:]$")
                && !t.matches("(?su)^(\\(|\\d+[.)]|\\p{Ll}[.)]\\s).*") && Character.isLetter(t.codePointAt(0))
                && !Character.isLowerCase(t.codePointAt(0));
    }

    /** A short heading-like line followed by a break, a marker or a capital (not by the rest of a sentence). */
    private static boolean isTitleLine(List<SourceLine> lines, int index) {
        String text = lines.get(index).text();
        if (text.length() > 80 || !looksLikeHeading(text) || ProvisionHeadings.parse(text).isPresent()) {
            return false;
        }
        if (index + 1 >= lines.size() || lines.get(index + 1).blank()) {
            return true;
        }
        int first = lines.get(index + 1).text().codePointAt(0);
        return !Character.isLowerCase(first);
    }

    private static String takeTitleFromEnd(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                String candidate = lines.get(i);
                if (candidate.length() <= 100 && looksLikeHeading(candidate)) {
                    lines.remove(i);
                    return candidate.strip();
                }
                return null;
            }
        }
        return null;
    }

    private static int nextNonBlank(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).blank()) {
                return i;
            }
        }
        return -1;
    }
}
