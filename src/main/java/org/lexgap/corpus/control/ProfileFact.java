package org.lexgap.corpus.control;

import java.util.ArrayList;
import java.util.List;
import org.lexgap.corpus.entity.Amendment;
import org.lexgap.corpus.entity.Country;
import org.lexgap.corpus.entity.Statute;
import org.lexgap.corpus.entity.StatuteProvision;
import org.lexgap.corpus.entity.TreatyStatus;

/**
 * One fact of a State's profile that carries a {@code verified} mark: its memberships, each treaty status entry,
 * each statute, each amendment and each provision. The one list that fact counts and the unverified-facts annex
 * of reports are both read from.
 */
public sealed interface ProfileFact {

    boolean verified();

    record Membership(Country country) implements ProfileFact {
        public boolean verified() {
            return country.membershipVerified();
        }
    }

    record Treaty(TreatyStatus status) implements ProfileFact {
        public boolean verified() {
            return status.verified();
        }
    }

    record Law(Statute statute) implements ProfileFact {
        public boolean verified() {
            return statute.verified();
        }
    }

    record Change(Statute statute, Amendment amendment) implements ProfileFact {
        public boolean verified() {
            return amendment.verified();
        }
    }

    record Article(Statute statute, StatuteProvision provision) implements ProfileFact {
        public boolean verified() {
            return provision.verified();
        }
    }

    /** The facts of a profile: memberships, treaties, then each statute with its amendments and provisions. */
    static List<ProfileFact> of(CountryProfile profile) {
        List<ProfileFact> facts = new ArrayList<>();
        facts.add(new Membership(profile.country()));
        profile.country().treaties().forEach(t -> facts.add(new Treaty(t)));
        for (Statute s : profile.statutes()) {
            facts.add(new Law(s));
            (s.amendments() == null ? List.<Amendment>of() : s.amendments()).forEach(a -> facts.add(new Change(s, a)));
            s.provisions().forEach(p -> facts.add(new Article(s, p)));
        }
        return facts;
    }
}
