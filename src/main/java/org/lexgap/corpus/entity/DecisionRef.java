package org.lexgap.corpus.entity;

/**
 * A court decision as lists show it (a provision's page, a criterion of an assessment): enough to name it and open
 * it at {@code /api/cases/{id}}.
 *
 * @param country the State the decision concerns (see {@link CourtDecision#country()})
 */
public record DecisionRef(String id, String name, String court, String jurisdiction, String country,
                          java.time.LocalDate date, String docket, DecisionOutcome outcome, boolean verified) {

    public static DecisionRef of(CourtDecision d) {
        return new DecisionRef(d.id(), d.name(), d.court(), d.jurisdiction(), d.country(), d.date(), d.docket(),
                d.outcome(), d.verified());
    }
}
