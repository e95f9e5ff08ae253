package org.lexgap.ingest.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.lexgap.ingest.control.ProvisionHeadings.Heading;
import org.lexgap.ingest.control.ProvisionHeadings.Shape;
import org.lexgap.ingest.control.ProvisionHeadings.Style;
import org.lexgap.ingest.entity.SplitProvision;

/**
 * Splits a statute's text into provisions. {@link #split(String, String)} is the entry point for a text (plain or
 * with Markdown and inline HTML, as legislation mirrors and web pages give it) and a hint of its language; importers
 * of PDF and HTML hand their cleaned lines to {@link #split(List, String)}.
 *
 * <p>The headings are those of the numbering style the text uses most ({@link HeadingStyles}); bare numbers count
 * when no labelled heading occurs ({@link BareHeadings}). A text holding one provision keeps its number. The title
 * of a provision is the rest of its heading line, else the line after it, else, for the layouts that put it first
 * ({@code Madde}, {@code Članak}, {@code 192. §}, a number alone on its line, a Canadian marginal note), the line
 * before it. Text before the first heading is kept as a preamble; a heading met again after an empty provision of
 * the same number (a table of contents) replaces it.
 */
public final class ProvisionSplitter {

    /** Languages whose statutes put a provision's title on the line before its number. */
    private static final Set<String> TITLE_FIRST = Set.of("tr", "hu", "sl", "hr", "sr", "bs", "mk", "me", "cnr",
            "sv");
    /** An amendment note after the number ("3 a § (9.6.2004/650)"): text, not a title. */
    private static final java.util.regex.Pattern NOTE = java.util.regex.Pattern.compile("^\\([\\d\\s./;:,-]+\\)$");

    /** A provision before it gets its final id; {@code first} and {@code last} index the lines (-1: unknown). */
    record Split(Style style, String label, String number, String heading, List<String> lines, Integer page,
            int first, int last) {

        Split(Style style, String label, String number, String heading, List<String> lines, Integer page) {
            this(style, label, number, heading, lines, page, -1, -1);
        }
    }

    record Result(boolean structureFound, List<Split> provisions) {
    }

    private ProvisionSplitter() {
    }

    /**
     * The provisions of a text.
     *
     * @param text plain text, Markdown or text with inline HTML, one provision or many
     * @param language the ISO 639-1 code of its language, or null when unknown (the splitter reads every language;
     *     the hint decides where a title stands and whether {@code §} numbers paragraphs)
     * @return the provisions in order, the text before the first heading first (local id {@code preamble}); one
     *     provision with local id {@code text} when no numbering was recognised
     */
    public static List<SplitProvision> split(String text, String language) {
        List<SourceLine> lines = PageCleaner.joinHyphens(LineMarkup.lines(text));
        Result result = split(lines, language);
        List<SplitProvision> out = new ArrayList<>();
        for (Split s : result.provisions()) {
            String local = s.style() == null ? (result.structureFound() ? "preamble" : "text")
                    : ProvisionIds.local(s.style().prefix, s.number());
            ParagraphParser.Body body = ParagraphParser.parse(s.lines());
            int start = s.first() >= 0 ? lines.get(s.first()).start() : 0;
            int end = s.last() >= 0 ? lines.get(s.last()).end() : text.length();
            out.add(new SplitProvision(s.label(), s.number(), local, s.heading(), body.text(), Math.max(0, start),
                    Math.max(start, end), body.paragraphs()));
        }
        return out;
    }

    static Result split(List<SourceLine> lines) {
        return split(lines, null);
    }

    static Result split(List<SourceLine> lines, String language) {
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        List<Optional<Heading>> headings = HeadingStyles.headings(lines, lang);
        boolean found = headings.stream().anyMatch(Optional::isPresent);
        if (!found) {
            headings = BareHeadings.headings(lines);
            found = headings.stream().anyMatch(Optional::isPresent);
        }
        List<Split> out = new ArrayList<>();
        Builder current = new Builder(null, "", "", null, pageOf(lines, 0), -1);
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            Optional<Heading> heading = headings.get(i);
            if (heading.isEmpty()) {
                current.add(line.text(), i);
                continue;
            }
            Heading h = heading.get();
            List<String> body = new ArrayList<>();
            String title = null;
            int first = i;
            int titleLine = -1;
            String rest = h.rest();
            Optional<String> parenthesised = Titles.parenthesised(rest);
            if (Titles.isTitle(rest)) {
                title = rest;
            } else if (parenthesised.isPresent()) {
                title = parenthesised.get();
            } else if (!rest.isEmpty()) {
                body.add(rest);
                if (NOTE.matcher(rest).matches()) {
                    rest = "";
                }
            }
            boolean titleFirst = h.titleBefore() || TITLE_FIRST.contains(lang);
            if (title == null && titleFirst) {
                int before = current.titleFromEnd(lines);
                if (before >= 0) {
                    title = lines.get(before).text();
                    first = before;
                }
            }
            if (title == null && (rest.isEmpty() || h.shape() == Shape.ALONE)) {
                int next = nextNonBlank(lines, i + 1);
                if (next > 0 && Titles.isTitleLine(lines, next, headings)) {
                    titleLine = next;
                }
            }
            if (titleLine >= 0) {
                String t = lines.get(titleLine).text();
                title = Titles.parenthesised(t).orElse(t);
            }
            current.addTo(out);
            current = new Builder(h.style(), h.label(), h.number(), title, line.page(), first);
            for (String b : body) {
                current.add(b, -1);
            }
            current.last = i;
            current.headingLine = i;
            if (titleLine >= 0) {
                current.last = titleLine;
                i = titleLine;
            }
        }
        current.addTo(out);
        return new Result(found, out);
    }

    private static Integer pageOf(List<SourceLine> lines, int index) {
        return lines.isEmpty() ? null : lines.get(index).page();
    }

    static int nextNonBlank(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).blank()) {
                return i;
            }
        }
        return -1;
    }

    /** A provision being filled, line by line; each line with its index in the source (-1: the heading's rest). */
    private static final class Builder {
        final Style style;
        final String label;
        final String number;
        final String heading;
        final Integer page;
        final List<String> lines = new ArrayList<>();
        final List<Integer> indexes = new ArrayList<>();
        int first;
        int last;
        int headingLine = -1;

        Builder(Style style, String label, String number, String heading, Integer page, int first) {
            this.style = style;
            this.label = label;
            this.number = number;
            this.heading = heading;
            this.page = page;
            this.first = first;
            this.last = first;
        }

        void add(String text, int index) {
            lines.add(text);
            indexes.add(index);
            if (!text.isBlank() && index >= 0) {
                if (first < 0) {
                    first = index;
                }
                last = Math.max(last, index);
            }
        }

        /** Removes the last line when it is a title standing before the next heading; its index, or -1. */
        int titleFromEnd(List<SourceLine> source) {
            for (int k = indexes.size() - 1; k >= 0; k--) {
                int index = indexes.get(k);
                if (index < 0 || !source.get(index).blank() && !Titles.isTitleBefore(source, index)) {
                    return -1;
                }
                if (source.get(index).blank()) {
                    continue;
                }
                lines.subList(k, lines.size()).clear();
                indexes.subList(k, indexes.size()).clear();
                last = -1;
                for (int j = indexes.size() - 1; j >= 0 && last < 0; j--) {
                    if (indexes.get(j) >= 0 && !source.get(indexes.get(j)).blank()) {
                        last = indexes.get(j);
                    }
                }
                if (last < 0 && style == null) {
                    first = -1;
                } else if (last < 0) {
                    last = Math.max(first, headingLine);
                }
                return index;
            }
            return -1;
        }

        void addTo(List<Split> out) {
            boolean empty = lines.stream().allMatch(String::isBlank);
            if (style == null && empty) {
                return;
            }
            out.removeIf(old -> old.style() != null && old.number().equals(number)
                    && old.lines().stream().allMatch(String::isBlank));
            out.add(new Split(style, label, number, heading, new ArrayList<>(lines), page, first, last));
        }
    }
}
