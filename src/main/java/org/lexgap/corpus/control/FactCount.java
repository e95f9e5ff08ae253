package org.lexgap.corpus.control;

import java.util.Collection;
import java.util.stream.Stream;
import org.lexgap.corpus.entity.Instrument;
import org.lexgap.corpus.entity.InstrumentProvision;

/**
 * How many facts of the corpus carry a {@code verified} mark, and how many of those are unverified: the
 * {@link ProfileFact}s of a State; dates and provisions for an instrument.
 */
public record FactCount(int facts, int unverified) {

    public static FactCount of(CountryProfile profile) {
        return count(ProfileFact.of(profile).stream().map(ProfileFact::verified));
    }

    public static FactCount of(Instrument instrument) {
        return count(Stream.concat(instrument.dates().stream().map(d -> d.verified()),
                instrument.provisions().stream().map(InstrumentProvision::verified)));
    }

    public static FactCount sum(Collection<FactCount> counts) {
        return new FactCount(counts.stream().mapToInt(FactCount::facts).sum(),
                counts.stream().mapToInt(FactCount::unverified).sum());
    }

    private static FactCount count(Stream<Boolean> marks) {
        int[] n = new int[2];
        marks.forEach(verified -> {
            n[0]++;
            if (!verified) {
                n[1]++;
            }
        });
        return new FactCount(n[0], n[1]);
    }
}
