package org.lexgap.corpus.boundary;

import java.time.LocalDate;
import org.lexgap.corpus.entity.Instrument;
import org.lexgap.corpus.entity.InstrumentKind;
import org.lexgap.corpus.entity.InstrumentProvision;

/** One line of the instrument list: what it is and how much of it is verified. */
public record InstrumentSummary(String id, String title, String shortTitle, InstrumentKind kind, boolean binding,
                                LocalDate validFrom, String source, int provisions, int verifiedProvisions) {

    static InstrumentSummary of(Instrument i) {
        int verified = (int) i.provisions().stream().filter(InstrumentProvision::verified).count();
        return new InstrumentSummary(i.id(), i.title(), i.shortTitle(), i.kind(), i.binding(), i.validFrom(),
                i.source(), i.provisions().size(), verified);
    }
}
