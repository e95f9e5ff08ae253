package org.lexgap.corpus.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lexgap.corpus.entity.Instrument;
import org.lexgap.corpus.entity.InstrumentProvision;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.corpus.entity.Statute;
import org.lexgap.corpus.entity.StatuteProvision;

/** Turns instrument and statute files into the shared {@link Provision} shape, with their citations. */
public final class Provisions {

    private Provisions() {
    }

    public static List<Provision> of(Instrument instrument) {
        List<Provision> out = new ArrayList<>();
        String language = instrument.languages().contains("en") ? "en" : instrument.languages().get(0);
        for (InstrumentProvision p : instrument.provisions()) {
            out.add(new Provision(p.id(), instrument.id(), instrument.title(), Provision.INTERNATIONAL,
                    p.number(), p.heading(), null, instrumentCitation(instrument, p), p.summary(),
                    list(p.topics()), list(p.criteria()), List.of(), list(p.related()), p.verified(), firstNonNull(p.source(),
                    instrument.source()), emptyToNull(p.officialText()), language, instrument.textStatus(),
                    instrument.validFrom(), null, instrument.binding()));
        }
        return out;
    }

    public static List<Provision> of(Statute statute) {
        List<Provision> out = new ArrayList<>();
        for (StatuteProvision p : statute.provisions()) {
            List<String> related = new ArrayList<>(list(p.implementations()));
            related.addAll(list(p.related()));
            out.add(new Provision(p.id(), statute.id(), statute.titleEn(), statute.jurisdiction(), p.number(),
                    p.headingEn(), p.heading(), statute.citation() + " " + p.number(), p.summary(),
                    list(p.topics()), list(p.criteria()), list(p.notMet()), List.copyOf(related), p.verified(), p.source(),
                    emptyToNull(p.officialText()), statute.language(), statute.textStatus(), statute.validFrom(),
                    statute.validUntil(), true, p.conditions()));
        }
        return out;
    }

    static String instrumentCitation(Instrument instrument, InstrumentProvision p) {
        String local = p.id().substring(p.id().indexOf('/') + 1);
        String prefix = local.replaceAll("-.*", "");
        String label = switch (prefix) {
            case "art" -> "art. " + p.number();
            case "gp" -> "Guiding Principle " + p.number();
            case "para" -> "para. " + p.number();
            case "principle" -> "principle " + p.number();
            default -> p.number();
        };
        return instrument.shortTitle() + ", " + label;
    }


    private static List<String> list(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String firstNonNull(String a, String b) {
        return Objects.requireNonNullElse(a, b);
    }
}
