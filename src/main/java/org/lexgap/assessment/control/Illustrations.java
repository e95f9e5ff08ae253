package org.lexgap.assessment.control;

import org.lexgap.assessment.entity.Assessment;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.entity.DecisionRef;

/**
 * Adds to each criterion of an assessment the court decisions and monitoring-body observations that illustrate it
 * for the State. They stand beside the level and never change it: a case or an observation is not evidence.
 */
public final class Illustrations {

    private Illustrations() {
    }

    public static Assessment attach(Corpus corpus, Assessment a) {
        return new Assessment(a.country(), a.countryName(), a.checklist(), a.score(), a.formula(), a.areas(),
                a.criteria().stream().map(c -> c.withIllustrations(
                        corpus.decisionsIllustrating(a.country(), c.id()).stream().map(DecisionRef::of).toList(),
                        corpus.observationsOn(a.country(), c.id()))).toList(),
                a.gaps(), a.coverage());
    }
}
