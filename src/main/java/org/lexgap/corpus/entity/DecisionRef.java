package org.lexgap.corpus.entity;

/**
 * A court decision as lists show it (a provision's page, a criterion of an assessment): enough to name it and open
 * it at {@code /api/cases/{id}}.
 *
 * @param country the State the decision concerns (see {@link CourtDecision#country()})
 * @param datePrecision how much of the date is known (null: the day)
 */
public record DecisionRef(String id, String name, String court, String jurisdiction, String country,
                          java.time.LocalDate date, DatePrecision datePrecision, String docket,
                          DecisionOutcome outcome, boolean verified) {

    public static DecisionRef of(CourtDecision d) {
        return new DecisionRef(d.id(), d.name(), d.court(), d.jurisdiction(), d.country(), d.date(),
                d.datePrecision(), d.docket(), d.outcome(), d.verified());
    }

    /** The date as far as the sources give it. */
    public String shownDate() {
        return (datePrecision == null ? DatePrecision.DAY : datePrecision).format(date);
    }
}
