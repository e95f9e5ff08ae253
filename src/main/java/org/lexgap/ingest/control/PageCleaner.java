package org.lexgap.ingest.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans page text: drops running headers and footers (lines near the top or bottom that recur, digits aside, on
 * many pages) and page numbers, joins words hyphenated at a line end, and keeps paragraph breaks. A line that is
 * a provision heading is never dropped, even when every page starts with one.
 */
final class PageCleaner {

    /** How many lines at the top and at the bottom of a page may be running headers or footers. */
    static final int ZONE = 3;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?iu)^[\\s\\p{Pd}\\[(|]*(?:page|p\\.|seite|pagina|página|стр\\.?|страница|сторінка|sayfa)?\\s*"
                    + "(?:\\d{1,5}|[ivxlcdm]{1,7})(?:\\s*(?:/|of|von|di|de|из|з)\\s*\\d{1,5})?[\\s\\p{Pd}\\])|]*$");
    private static final Pattern HYPHENATED = Pattern.compile("(?U)\\p{L}[-\u00AD]$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PageCleaner() {
    }

    static List<SourceLine> clean(List<PageText> pages) {
        Set<String> running = runningLines(pages);
        List<SourceLine> out = new ArrayList<>();
        for (PageText page : pages) {
            List<String> lines = page.lines();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                boolean inZone = inZone(lines, i);
                if (inZone && !line.isEmpty() && !ProvisionHeadings.isHeading(line)
                        && (PAGE_NUMBER.matcher(line).matches() || running.contains(key(line)))) {
                    continue;
                }
                out.add(new SourceLine(page.page(), line));
            }
            out.add(new SourceLine(page.page(), ""));
        }
        return joinHyphens(trimBlankRuns(out));
    }

    /** Lines that occur (digits aside) in the top or bottom zone of at least half the pages, and of two at least. */
    private static Set<String> runningLines(List<PageText> pages) {
        Map<String, Integer> count = new HashMap<>();
        for (PageText page : pages) {
            Set<String> seen = new HashSet<>();
            List<String> lines = page.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (inZone(lines, i) && !lines.get(i).isBlank()) {
                    seen.add(key(lines.get(i)));
                }
            }
            seen.forEach(k -> count.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        Set<String> running = new HashSet<>();
        count.forEach((k, n) -> {
            if (n >= needed) {
                running.add(k);
            }
        });
        return running;
    }

    /** Whether line i is among the first or last {@link #ZONE} non-blank lines of its page. */
    private static boolean inZone(List<String> lines, int index) {
        int before = 0;
        for (int i = 0; i < index; i++) {
            if (!lines.get(i).isBlank()) {
                before++;
            }
        }
        int after = 0;
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                after++;
            }
        }
        return before < ZONE || after < ZONE;
    }

    private static String key(String line) {
        return DIGITS.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll("#").replaceAll("\\s+", " ");
    }

    private static List<SourceLine> trimBlankRuns(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>();
        for (SourceLine line : lines) {
            boolean previousBlank = out.isEmpty() || out.get(out.size() - 1).blank();
            if (!(line.blank() && previousBlank)) {
                out.add(line);
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).blank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** "traf-" + "ficking" becomes "trafficking"; a hyphen after a digit ("601-" + "bis") is kept. */
    static List<SourceLine> joinHyphens(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size() - 1; i++) {
            SourceLine line = out.get(i);
            int next = i + 1;
            while (next < out.size() && out.get(next).blank()) {
                next++;
            }
            if (next > i + 1 && next < out.size() && samePage(line, out.get(next))) {
                continue;
            }
            if (next >= out.size() || !HYPHENATED.matcher(line.text()).find()) {
                continue;
            }
            String following = out.get(next).text();
            if (following.isEmpty() || !Character.isLowerCase(following.codePointAt(0))) {
                continue;
            }
            int space = following.indexOf(' ');
            String head = space < 0 ? following : following.substring(0, space);
            String rest = space < 0 ? "" : following.substring(space + 1);
            String text = line.text();
            SourceLine nextLine = out.get(next);
            out.set(i, new SourceLine(line.page(), text.substring(0, text.length() - 1) + head, line.marked(),
                    line.start(), rest.isEmpty() ? nextLine.end() : line.end()));
            out.set(next, new SourceLine(nextLine.page(), rest, nextLine.marked(),
                    nextLine.start() < 0 ? -1 : nextLine.start() + space + 1, nextLine.end()));
            if (rest.isEmpty()) {
                out.remove(next);
            }
            for (int k = next - 1; k > i; k--) {
                out.remove(k);
            }
        }
        return out;
    }

    private static boolean samePage(SourceLine a, SourceLine b) {
        return java.util.Objects.equals(a.page(), b.page());
    }
}
