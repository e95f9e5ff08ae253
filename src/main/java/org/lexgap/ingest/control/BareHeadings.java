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
 * (two at least), or, for a text holding one provision, when the text opens with one.
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
            if (!taken && c.isPresent() && (opening || lines.get(i).marked())) {
                single.add(c);
                taken = true;
            } else {
                single.add(Optional.empty());
            }
        }
        return single;
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
            case BARE -> (Titles.isTitle(h.rest()) || h.rest().startsWith("(1)")) && !ProvisionHeadings.isDivision(h.rest());
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
        int[][] numbers = new int[n][];
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
                if (length[b] + 1 > length[a] && compare(numbers[b], numbers[a]) < 0) {
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

    /** The numeric parts of a bare number ("22.2" → 22, 2; "32A" → 32), to check that headings rise. */
    static int[] parts(String number) {
        String[] p = number.replaceAll("[^0-9.]", "").split("\\.");
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = p[i].isEmpty() ? 0 : Integer.parseInt(p[i]);
        }
        return out;
    }

    static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] : -1;
            int y = i < b.length ? b[i] : -1;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }
}
