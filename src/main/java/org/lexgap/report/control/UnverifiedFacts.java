package org.lexgap.report.control;

import java.util.ArrayList;
import java.util.List;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.entity.Amendment;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.corpus.entity.Country;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.corpus.entity.LegalBasis;
import org.lexgap.corpus.entity.Statute;
import org.lexgap.corpus.entity.StatuteProvision;
import org.lexgap.corpus.entity.TreatyStatus;
import org.lexgap.report.entity.UnverifiedFact;

/**
 * The facts behind a report that are marked {@code verified: false}: the State's membership, treaty status
 * entries, statutes and provisions (the same facts {@link org.lexgap.corpus.control.FactCount} counts), and the
 * checklist's legal bases.
 */
public final class UnverifiedFacts {

    private UnverifiedFacts() {
    }

    public static List<UnverifiedFact> of(CountryProfile profile) {
        List<UnverifiedFact> facts = new ArrayList<>();
        Country country = profile.country();
        if (!country.membershipVerified()) {
            facts.add(new UnverifiedFact(UnverifiedFact.MEMBERSHIP, country.code(),
                    "memberships (OSCE " + country.osce().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + ", Council of Europe " + yesNo(country.coe()) + ", EU " + yesNo(country.eu()) + ")",
                    country.membershipSource()));
        }
        for (TreatyStatus t : country.treaties()) {
            if (!t.verified()) {
                facts.add(new UnverifiedFact(UnverifiedFact.TREATY_STATUS, t.treaty(),
                        "status " + Reports.participation(t.status()) + note(t.note()), t.source()));
            }
        }
        for (Statute s : profile.statutes()) {
            if (!s.verified()) {
                facts.add(new UnverifiedFact(UnverifiedFact.STATUTE, s.id(),
                        s.titleEn() + " (" + s.citation() + ")" + note(s.note()), s.source()));
            }
            for (Amendment a : s.amendments() == null ? List.<Amendment>of() : s.amendments()) {
                if (!a.verified()) {
                    facts.add(new UnverifiedFact(UnverifiedFact.AMENDMENT, s.id(), s.citation() + " amended by "
                            + a.citation() + (a.inForce() == null ? "" : " (in force " + a.inForce() + ")") + ": "
                            + a.summary(), a.source()));
                }
            }
            for (StatuteProvision p : s.provisions()) {
                if (!p.verified()) {
                    facts.add(new UnverifiedFact(UnverifiedFact.PROVISION, p.id(),
                            s.citation() + " " + p.number() + ", " + p.headingEn() + ": " + p.summary(), p.source()));
                }
            }
        }
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
