package org.lexgap.ingest.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text as legislation mirrors and web pages give it, one {@link SourceLine} per line with its offsets: Markdown
 * headings ({@code #### § 232 Menschenhandel}) and a line wholly in bold become marked lines, and the markup that
 * copies carry is removed: emphasis, links, footnote calls ({@code [^3]}), escapes, list dashes, block quotes, inline
 * HTML tags ({@code <h4>}, {@code <b>}, {@code <sup>}) and the "Marginal note:" prefix of Canadian pages. A superscript
 * right after a number is kept as {@code ^n} ({@code 12<sup>1</sup>} → {@code 12^1}); one that opens a line is the
 * paragraph number of Swiss texts ({@code <sup>2</sup> Text} → {@code 2 Text}).
 */
final class LineMarkup {

    /** Longer lines keep their links and emphasis marks: removing them could take quadratic time. */
    private static final int LONGEST = 20_000;
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\uFEFF\\u200B\\u200C\\u200D\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t]");
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern HTML_HEADING = Pattern.compile("(?is)^<h[1-6][^>]*>(.*?)</h[1-6]>$");
    private static final Pattern BOLD_LINE = Pattern.compile(
            "^(?:\\*\\*|__)(?!\\s)(.+?)(?<!\\s)(?:\\*\\*|__)[.:]?$");
    private static final Pattern LEADING_SUP = Pattern.compile("(?i)^<sup>\\s*(\\d{1,3})\\s*</sup>\\s*");
    private static final Pattern NUMBER_SUP = Pattern.compile(
            "(?i)(\\d)\\s*<sup>\\s*(\\d{1,3}|er|re|o|a|º|ª)\\s*</sup>");
    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)(?:\\s[^<>]*)?/?>");
    private static final Pattern INLINE_TAG = Pattern.compile("(?i)b|i|u|em|strong|span|a|sup|sub|small|abbr|mark");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile(
            "\\[([^\\]\\[^][^\\]]*)\\]\\((?:[^()\\s]|\\([^()]*\\))*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]\\[^][^\\]]*)\\]\\[[^\\]]*\\]");
    private static final Pattern FOOTNOTE = Pattern.compile("\\s?\\[\\^[^\\]]{1,12}\\]");
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\\\])(\\*{1,3}|_{1,3})(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\p{N}])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern LIST_DASH = Pattern.compile("^(?:[-*+•]|>)\\s+");
    private static final Pattern MARGINAL_NOTE = Pattern.compile("(?i)^(?:marginal note|note marginale)\\s*:\\s*");

    private LineMarkup() {
    }

    /** Each line of the text with its offsets, markup removed, headings marked. */
    static List<SourceLine> lines(String text) {
        List<SourceLine> out = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String raw = text.substring(start, end);
            Cleaned cleaned = clean(raw);
            out.add(new SourceLine(null, cleaned.text(), cleaned.marked(), start, end));
            if (end >= length) {
                break;
            }
            start = end + (text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return out;
    }

    /** A line without markup, and whether the markup made it a heading. */
    record Cleaned(String text, boolean marked) {
    }

    static Cleaned clean(String raw) {
        String line = raw;
        if (hasAny(line, "\uFEFF\u200B\u200C\u200D\u200E\u200F\u00AD") || hasRange(line, '\u202A', '\u202E')
                || hasRange(line, '\u2066', '\u2069')) {
            line = INVISIBLE.matcher(line).replaceAll("");
        }
        line = SPACES.matcher(line).replaceAll(" ").strip();
        if (line.isEmpty()) {
            return new Cleaned("", false);
        }
        boolean marked = false;
        if (line.charAt(0) == '#') {
            Matcher heading = MD_HEADING.matcher(line);
            if (heading.matches()) {
                line = heading.group(2);
                marked = true;
            }
        }
        boolean tags = line.indexOf('<') >= 0;
        if (tags) {
            Matcher html = HTML_HEADING.matcher(line);
            if (html.matches()) {
                line = html.group(1);
                marked = true;
            }
        }
        boolean stars = line.indexOf('*') >= 0 || line.indexOf('_') >= 0;
        if (stars) {
            Matcher bold = BOLD_LINE.matcher(line);
            if (bold.matches() && !bold.group(1).contains("**")) {
                line = bold.group(1);
                marked = true;
            }
        }
        if (tags) {
            line = LEADING_SUP.matcher(line).replaceFirst("$1 ");
            line = NUMBER_SUP.matcher(line).replaceAll(m -> m.group(2).matches("\\d+")
                    ? Matcher.quoteReplacement(m.group(1) + "^" + m.group(2))
                    : Matcher.quoteReplacement(m.group(1) + m.group(2)));
            line = TAG.matcher(line).replaceAll(m -> INLINE_TAG.matcher(m.group(1)).matches() ? "" : " ");
        }
        line = entities(line);
        boolean reasonable = line.length() <= LONGEST;
        if (reasonable && line.indexOf('[') >= 0) {
            line = IMAGE.matcher(line).replaceAll("");
            line = FOOTNOTE.matcher(line).replaceAll("");
            line = LINK.matcher(line).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            line = REFERENCE_LINK.matcher(line).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        if (stars && reasonable) {
            for (int i = 0; i < 2; i++) {
                line = EMPHASIS.matcher(line).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
            }
        }
        if (line.indexOf('\\') >= 0) {
            line = ESCAPE.matcher(line).replaceAll("$1");
        }
        line = SPACES.matcher(line).replaceAll(" ").replace("  ", " ").strip();
        while (!line.isEmpty() && "-*+•>".indexOf(line.charAt(0)) >= 0 && LIST_DASH.matcher(line).find()) {
            line = LIST_DASH.matcher(line).replaceFirst("");
        }
        if (line.length() > 8 && (line.charAt(0) == 'M' || line.charAt(0) == 'm' || line.charAt(0) == 'N'
                || line.charAt(0) == 'n')) {
            line = MARGINAL_NOTE.matcher(line).replaceFirst("");
        }
        return new Cleaned(line.strip().replaceAll(" {2,}", " "), marked);
    }

    private static boolean hasAny(String line, String chars) {
        for (int i = 0; i < line.length(); i++) {
            if (chars.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRange(String line, char from, char to) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= from && c <= to) {
                return true;
            }
        }
        return false;
    }

    private static String entities(String line) {
        if (line.indexOf('&') < 0) {
            return line;
        }
        return line.replaceAll("&nbsp;|&#160;", " ").replace("&sect;", "§").replace("&#167;", "§")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
