package org.lexgap.corpus.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.lexgap.corpus.entity.Participation;
import org.lexgap.corpus.entity.ProfileContents;
import org.lexgap.corpus.entity.ProfileContents.Holding;
import org.lexgap.corpus.entity.Statute;
import org.lexgap.corpus.entity.StatuteKind;
import org.lexgap.corpus.entity.StatuteProvision;
import org.lexgap.corpus.entity.Thesaurus;

/** Takes stock of a State's profile: what it holds of the offence, jurisdiction rules and a transplantation law. */
public final class ProfileInventory {

    /** The criterion a provision must support to carry the THB/OR offence. */
    public static final String THB_OR_CRITERION = "CRIM-THB-OR";
    /** The thesaurus concept (with every narrower one) that marks a jurisdiction rule. */
    public static final String JURISDICTION_CONCEPT = "jurisdiction";

    private ProfileInventory() {
    }

    /** What the profile holds in the statutes in force on a day (a repealed text no longer counts). */
    public static ProfileContents of(CountryProfile profile, Thesaurus thesaurus, LocalDate day) {
        Set<String> jurisdictionTopics = thesaurus.family(JURISDICTION_CONCEPT);
        List<Statute> inForce = profile.statutes().stream().filter(s -> s.inForceOn(day)).toList();
        List<StatuteProvision> all = inForce.stream().flatMap(s -> s.provisions().stream()).toList();
        List<Statute> transplantLaws = inForce.stream().filter(s -> s.kind() == StatuteKind.TRANSPLANT_LAW).toList();
        Holding transplant = holding(transplantLaws.stream().flatMap(s -> s.provisions().stream()), p -> true);
        if (transplant == Holding.MISSING && !transplantLaws.isEmpty()) {
            transplant = Holding.UNVERIFIED;
        }
        int unknown = (int) profile.country().treaties().stream()
                .filter(t -> t.status() == Participation.UNKNOWN).count();
        return new ProfileContents(
                orDocumentedGap(holding(all.stream(), p -> p.criteria() != null
                        && p.criteria().contains(THB_OR_CRITERION)), all, THB_OR_CRITERION),
                holding(all.stream(), p -> p.topics().stream().anyMatch(jurisdictionTopics::contains)),
                transplant, unknown);
    }

    /** Nothing supports the criterion, but a provision shows it is not met: the profile holds a documented gap. */
    private static Holding orDocumentedGap(Holding holding, List<StatuteProvision> all, String criterion) {
        boolean gap = all.stream().anyMatch(p -> p.notMet() != null && p.notMet().contains(criterion));
        return holding == Holding.MISSING && gap ? Holding.DOCUMENTED_GAP : holding;
    }

    private static Holding holding(Stream<StatuteProvision> provisions, Predicate<StatuteProvision> relevant) {
        List<StatuteProvision> found = provisions.filter(relevant).toList();
        if (found.isEmpty()) {
            return Holding.MISSING;
        }
        return found.stream().anyMatch(p -> Boolean.TRUE.equals(p.verified())) ? Holding.VERIFIED : Holding.UNVERIFIED;
    }
}
