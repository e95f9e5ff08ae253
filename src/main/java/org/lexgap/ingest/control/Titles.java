package org.lexgap.ingest.control;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lexgap.ingest.control.ProvisionHeadings.Heading;

/** Whether a line reads as the title of a provision: short, no closing sentence punctuation, no paragraph marker. */
final class Titles {

    private static final Pattern MARKER = Pattern.compile("(?su)^(\\(|\\[|\\d+[.)]|\\p{Ll}[.)]\\s|[-–—•*]\\s).*");
    private static final Pattern PARENTHESISED = Pattern.compile("(?su)^\\((\\p{L}[^()]{2,150})\\)\\.?$");
    /** Editors' lines after a heading (versions, amendments): never a title. */
    private static final Pattern EDITORIAL = Pattern.compile("(?iu)^(?:version en vigueur|modifié par|création"
            + "|abrogé par|codifié par|transféré par|entrée en vigueur|fassung|geändert durch|eingefügt durch"
            + "|amended by|inserted by|substituted by|repealed by|\\(в ред\\.|\\(введен|\\{|\\[)");
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?iu)(?:\\betc|\\busw|\\bu\\.a|\\bff|\\bsq)\\.$");

    private Titles() {
    }

    /** A short line without closing punctuation that does not open with a paragraph or point marker. */
    static boolean isTitle(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 150 || MARKER.matcher(t).matches()) {
            return false;
        }
        int first = t.codePointAt(0);
        if (!Character.isLetter(first) || Character.isLowerCase(first)
                && Character.UnicodeScript.of(first) != Character.UnicodeScript.GEORGIAN) {
            return false;
        }
        return !t.matches("(?s).*[.;,:]$") || ABBREVIATION_END.matcher(t).find();
    }

    /** The title inside parentheses ("(Traffico di organi)", "(trgovina z ljudmi)"), when the line is only that. */
    static Optional<String> parenthesised(String text) {
        java.util.regex.Matcher m = PARENTHESISED.matcher(text.strip());
        if (!m.matches() || m.group(1).matches("(?s).*\\d.*") && !m.group(1).contains(" ")) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).strip());
    }

    /** A title line after a heading: followed by a break, a marker or a capital (not by the rest of a sentence). */
    static boolean isTitleLine(List<SourceLine> lines, int index, List<Optional<Heading>> headings) {
        SourceLine line = lines.get(index);
        String text = line.text();
        if (headings.get(index).isPresent() || ProvisionHeadings.parse(text).isPresent()) {
            return false;
        }
        if (EDITORIAL.matcher(text).find()) {
            return false;
        }
        if (parenthesised(text).isPresent()) {
            return true;
        }
        if (line.marked()) {
            return text.length() <= 200 && !ProvisionHeadings.isDivision(text)
                    && Character.isLetter(text.codePointAt(0));
        }
        if (text.length() > 100 || !isTitle(text)) {
            return false;
        }
        if (index + 1 >= lines.size() || lines.get(index + 1).blank()) {
            return true;
        }
        int next = lines.get(index + 1).text().codePointAt(0);
        return !Character.isLowerCase(next);
    }

    /**
     * A title line before a heading ("Organ veya doku ticareti" above "Madde 91", a marginal note above a Canadian
     * section): its own paragraph, title-like (a final full stop allowed), not a heading or a division heading.
     */
    static boolean isTitleBefore(List<SourceLine> lines, int index) {
        SourceLine line = lines.get(index);
        String t = line.text().strip();
        if (t.isEmpty() || t.length() > 150 || ProvisionHeadings.parse(t).isPresent() || ProvisionHeadings.isDivision(t)
                || MARKER.matcher(t).matches()) {
            return false;
        }
        String withoutStop = t.endsWith(".") && t.length() <= 120 && !t.substring(0, t.length() - 1).contains(". ")
                ? t.substring(0, t.length() - 1) : t;
        if (!isTitle(withoutStop)) {
            return false;
        }
        if (index == 0 || line.marked()) {
            return true;
        }
        SourceLine previous = lines.get(index - 1);
        return previous.blank() || previous.marked() || previous.text().strip().matches("(?s).*[.;:!?)\\]]$");
    }
}
