package org.lexgap.corpus.control;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.lexgap.corpus.entity.Concept;
import org.lexgap.corpus.entity.Participation;
import org.lexgap.corpus.entity.Statute;
import org.lexgap.corpus.entity.StatuteKind;
import org.lexgap.corpus.entity.StatuteProvision;
import org.lexgap.corpus.entity.Thesaurus;

/**
 * What a State's profile holds of the three things every profile needs before a reviewer can start: the offence
 * of trafficking for organ removal, rules on jurisdiction over offences, and a transplantation law. Each is
 * {@code verified} (a provision seen in a cited source), {@code unverified} (shipped but not seen) or
 * {@code missing} (nothing shipped: unknown, not "the State has none"). A transplantation law shipped without any
 * provision counts as unverified; a statute no longer in force counts for nothing.
 */
public record ProfileContents(Holding thbOrOffence, Holding jurisdiction, Holding transplantLaw,
                              int treatiesUnknown) {

    /** The criterion a provision must support to carry the THB/OR offence. */
    public static final String THB_OR_CRITERION = "CRIM-THB-OR";
    /** The thesaurus concept (with every narrower one) that marks a jurisdiction rule. */
    public static final String JURISDICTION_CONCEPT = "jurisdiction";

    public enum Holding {
        VERIFIED("verified"), UNVERIFIED("unverified"), MISSING("missing");

        private final String code;

        Holding(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    /** What the profile holds in the statutes in force on a day (a repealed text no longer counts). */
    public static ProfileContents of(CountryProfile profile, Thesaurus thesaurus, LocalDate day) {
        Set<String> jurisdictionTopics = family(thesaurus, JURISDICTION_CONCEPT);
        List<Statute> inForce = profile.statutes().stream()
                .filter(s -> s.validUntil() == null || s.validUntil().isAfter(day)).toList();
        List<StatuteProvision> all = inForce.stream().flatMap(s -> s.provisions().stream()).toList();
        List<Statute> transplantLaws = inForce.stream().filter(s -> s.kind() == StatuteKind.TRANSPLANT_LAW).toList();
        Holding transplant = holding(transplantLaws.stream().flatMap(s -> s.provisions().stream()), p -> true);
        if (transplant == Holding.MISSING && !transplantLaws.isEmpty()) {
            transplant = Holding.UNVERIFIED;
        }
        int unknown = (int) profile.country().treaties().stream()
                .filter(t -> t.status() == Participation.UNKNOWN).count();
        return new ProfileContents(
                holding(all.stream(), p -> p.criteria() != null && p.criteria().contains(THB_OR_CRITERION)),
                holding(all.stream(), p -> p.topics().stream().anyMatch(jurisdictionTopics::contains)),
                transplant, unknown);
    }

    /** The parts that are missing, in words, for a list of what a profile lacks. */
    public List<String> missing() {
        List<String> out = new ArrayList<>();
        if (thbOrOffence == Holding.MISSING) {
            out.add("THB/OR offence");
        }
        if (jurisdiction == Holding.MISSING) {
            out.add("jurisdiction rules");
        }
        if (transplantLaw == Holding.MISSING) {
            out.add("transplantation law");
        }
        return out;
    }

    private static Holding holding(Stream<StatuteProvision> provisions, Predicate<StatuteProvision> relevant) {
        Holding best = Holding.MISSING;
        for (StatuteProvision p : (Iterable<StatuteProvision>) provisions.filter(relevant)::iterator) {
            if (Boolean.TRUE.equals(p.verified())) {
                return Holding.VERIFIED;
            }
            best = Holding.UNVERIFIED;
        }
        return best;
    }

    /** A concept and every concept below it in the thesaurus. */
    private static Set<String> family(Thesaurus thesaurus, String root) {
        Set<String> family = new HashSet<>(Set.of(root));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Concept c : thesaurus.concepts()) {
                if (c.broader() != null && family.contains(c.broader())) {
                    grew |= family.add(c.id());
                }
            }
        }
        return family;
    }
}
