package org.lexgap.ingest.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lexgap.ingest.control.ProvisionHeadings.Heading;
import org.lexgap.ingest.control.ProvisionHeadings.Shape;

/**
 * Headings without a label, as legislation sites and consolidations print them: a number and a title
 * ({@code 60. Payment in connection with …}, {@code 56 Trading in human tissue}, {@code 22.2 Other offences —
 * organizations}), a number glued to its title ({@code 2Human trafficking}), a number before the first subsection
 * ({@code 279.01 (1) Every person …}, its title the marginal note above), or a number alone on its line under its
 * title ({@code Restriction on transplants …} / {@code 33}). They count when their numbers rise from one to the next
 * (two at least), or, for a text holding one provision, when the text opens with one, or when it has the shape of
 * a heading wherever it stands (glued, alone under its title, or followed by its first subsection).
 */
final class BareHeadings {

    /** How many non-blank lines at the start of a text may come before its one heading (a title, a citation line). */
    private static final int OPENING = 4;

    private BareHeadings() {
    }

    static List<Optional<Heading>> headings(List<SourceLine> lines) {
        List<Optional<Heading>> candidates = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            candidates.add(candidate(lines, i));
        }
        List<Optional<Heading>> rising = rising(candidates);
        long kept = rising.stream().filter(Optional::isPresent).count();
        if (kept >= 2) {
            return rising;
        }
        List<Optional<Heading>> single = new ArrayList<>(lines.size());
        int nonBlank = 0;
        boolean taken = false;
        for (int i = 0; i < lines.size(); i++) {
            Optional<Heading> c = candidates.get(i);
            boolean opening = nonBlank < OPENING;
            if (!lines.get(i).blank()) {
                nonBlank++;
            }
            if (!taken && c.isPresent() && (opening || lines.get(i).marked() || strong(lines, i, c.get()))) {
                single.add(c);
                taken = true;
            } else {
                single.add(Optional.empty());
            }
        }
        return single;
    }

    /**
     * A heading shape that needs no place at the top of the text: glued to its title, alone under its title, or
     * followed by the first subsection ("(1)", "1.").
     */
    private static boolean strong(List<SourceLine> lines, int index, Heading h) {
        if (h.shape() == Shape.GLUED || h.shape() == Shape.ALONE || h.rest().startsWith("(")) {
            return true;
        }
        int next = ProvisionSplitter.nextNonBlank(lines, index + 1);
        return next > 0 && lines.get(next).text().matches("^(?:\\(1\\)|1\\.)\\s?.*");
    }

    private static Optional<Heading> candidate(List<SourceLine> lines, int index) {
        SourceLine line = lines.get(index);
        if (line.blank()) {
            return Optional.empty();
        }
        Optional<Heading> bare = ProvisionHeadings.bare(line.text());
        if (bare.isEmpty()) {
            return bare;
        }
        Heading h = bare.get();
        boolean ok = switch (h.shape()) {
            case BARE -> (Titles.isTitle(h.rest()) || h.rest().startsWith("("))
                    && !ProvisionHeadings.isDivision(h.rest());
            case GLUED -> Titles.isTitle(h.rest()) && !ProvisionHeadings.isDivision(h.rest());
            case ALONE -> {
                int previous = previousNonBlank(lines, index - 1);
                int next = ProvisionSplitter.nextNonBlank(lines, index + 1);
                yield previous >= 0 && next >= 0 && Titles.isTitleBefore(lines, previous)
                        && ProvisionHeadings.bare(lines.get(previous).text()).isEmpty();
            }
            default -> false;
        };
        return ok ? bare : Optional.empty();
    }

    /** The longest run of candidates whose numbers rise (a stray number in the text does not break the run). */
    private static List<Optional<Heading>> rising(List<Optional<Heading>> candidates) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).isPresent()) {
                at.add(i);
            }
        }
        int n = at.size();
        String[][] numbers = new String[n][];
        for (int a = 0; a < n; a++) {
            numbers[a] = parts(candidates.get(at.get(a)).get().number());
        }
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int a = 0; a < n; a++) {
            length[a] = 1;
            previous[a] = -1;
            for (int b = Math.max(0, a - 400); b < a; b++) {
                if (length[b] + 1 > length[a] && follows(numbers[b], numbers[a])) {
                    length[a] = length[b] + 1;
                    previous[a] = b;
                }
            }
            if (best < 0 || length[a] > length[best]) {
                best = a;
            }
        }
        List<Optional<Heading>> out = new ArrayList<>();
        candidates.forEach(c -> out.add(Optional.empty()));
        for (int a = best; a >= 0; a = previous[a]) {
            out.set(at.get(a), candidates.get(at.get(a)));
        }
        return out;
    }

    private static int previousNonBlank(List<SourceLine> lines, int from) {
        for (int i = from; i >= 0; i--) {
            if (!lines.get(i).blank()) {
                return i;
            }
        }
        return -1;
    }

    /** The numeric parts of a bare number as written ("22.2" → 22, 2; "32A" → 32). */
    static String[] parts(String number) {
        return number.replaceAll("[^0-9.]", "").split("\\.");
    }

    /**
     * Whether b follows a: its first part is larger, or it is equal and the next parts are larger, read either as
     * whole numbers (Australian 271.9, 271.10) or as decimals (Canadian 279.01, 279.011, 279.02, 279.1).
     */
    static boolean follows(String[] a, String[] b) {
        long first = Long.compare(value(b[0]), value(a[0]));
        if (first != 0) {
            return first > 0;
        }
        String ra = String.join(".", java.util.Arrays.copyOfRange(a, 1, a.length));
        String rb = String.join(".", java.util.Arrays.copyOfRange(b, 1, b.length));
        if (ra.equals(rb)) {
            return false;
        }
        return wholeParts(rb, ra) > 0 || ("0." + rb.replace(".", "")).compareTo("0." + ra.replace(".", "")) > 0;
    }

    private static int wholeParts(String b, String a) {
        String[] x = b.isEmpty() ? new String[0] : b.split("\\.");
        String[] y = a.isEmpty() ? new String[0] : a.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long u = i < x.length ? value(x[i]) : -1;
            long v = i < y.length ? value(y[i]) : -1;
            if (u != v) {
                return Long.compare(u, v);
            }
        }
        return 0;
    }

    private static long value(String digits) {
        return digits.isEmpty() ? 0 : Long.parseLong(digits.length() > 12 ? digits.substring(0, 12) : digits);
    }
}
