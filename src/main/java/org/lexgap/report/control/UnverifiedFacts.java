package org.lexgap.report.control;

import java.util.ArrayList;
import java.util.List;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.control.ProfileFact;
import org.lexgap.corpus.entity.Amendment;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.corpus.entity.Country;
import org.lexgap.corpus.entity.CourtDecision;
import org.lexgap.corpus.entity.Observation;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.corpus.entity.LegalBasis;
import org.lexgap.corpus.entity.Statute;
import org.lexgap.corpus.entity.StatuteProvision;
import org.lexgap.corpus.entity.TreatyStatus;
import org.lexgap.report.entity.UnverifiedFact;

/**
 * The facts behind a report that are marked {@code verified: false}: the State's {@link ProfileFact}s (the same
 * facts {@link org.lexgap.corpus.control.FactCount} counts), described in one line each, and the checklist's
 * legal bases.
 */
public final class UnverifiedFacts {

    private UnverifiedFacts() {
    }

    public static List<UnverifiedFact> of(CountryProfile profile) {
        return ProfileFact.of(profile).stream().filter(f -> !f.verified()).map(UnverifiedFacts::describe).toList();
    }

    private static UnverifiedFact describe(ProfileFact fact) {
        if (fact instanceof ProfileFact.Membership m) {
            Country country = m.country();
            return new UnverifiedFact(UnverifiedFact.MEMBERSHIP, country.code(),
                    "memberships (OSCE " + country.osce().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + ", Council of Europe " + yesNo(country.coe()) + ", EU " + yesNo(country.eu()) + ")",
                    country.membershipSource());
        }
        if (fact instanceof ProfileFact.Treaty t) {
            TreatyStatus status = t.status();
            return new UnverifiedFact(UnverifiedFact.TREATY_STATUS, status.treaty(),
                    "status " + Reports.participation(status.status()) + note(status.note()), status.source());
        }
        if (fact instanceof ProfileFact.Law l) {
            Statute s = l.statute();
            return new UnverifiedFact(UnverifiedFact.STATUTE, s.id(), s.titleEn() + " (" + s.citation() + ")"
                    + note(s.note()), s.source());
        }
        if (fact instanceof ProfileFact.Change c) {
            Amendment a = c.amendment();
            return new UnverifiedFact(UnverifiedFact.AMENDMENT, c.statute().id(), c.statute().citation()
                    + " amended by " + a.citation() + (a.inForce() == null ? "" : " (in force " + a.inForce() + ")")
                    + ": " + a.summary(), a.source());
        }
        ProfileFact.Article a = (ProfileFact.Article) fact;
        StatuteProvision p = a.provision();
        return new UnverifiedFact(UnverifiedFact.PROVISION, p.id(), a.statute().citation() + " " + p.number() + ", "
                + p.headingEn() + ": " + p.summary(), p.source());
    }

    /** The court decisions and monitoring-body observations concerning the State that are not verified. */
    public static List<UnverifiedFact> ofRecords(List<CourtDecision> decisions, List<Observation> observations) {
        List<UnverifiedFact> facts = new ArrayList<>();
        decisions.stream().filter(d -> !d.verified()).forEach(d -> facts.add(new UnverifiedFact(UnverifiedFact.DECISION,
                d.id(), d.citation() + note(d.note()), d.sources().get(0))));
        observations.stream().filter(o -> !o.verified()).forEach(o -> facts.add(new UnverifiedFact(
                UnverifiedFact.OBSERVATION, o.id(), o.body().title() + ", " + o.document() + " (" + o.date()
                        + "), para. " + o.paragraph() + ": " + o.summary().strip() + note(o.note()), o.source())));
        return facts;
    }

    public static List<UnverifiedFact> of(Checklist checklist) {
        List<UnverifiedFact> facts = new ArrayList<>();
        for (Criterion c : checklist.criteria().toList()) {
            for (LegalBasis b : c.basis()) {
                if (!b.verified()) {
                    facts.add(new UnverifiedFact(UnverifiedFact.LEGAL_BASIS, c.id(),
                            b.provision() + (b.paragraph() == null ? "" : " para. " + b.paragraph())
                                    + note(b.note()), null));
                }
            }
        }
        return facts;
    }

    private static String yesNo(Boolean value) {
        return Boolean.TRUE.equals(value) ? "yes" : "no";
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? "" : "; " + note.strip();
    }
}
