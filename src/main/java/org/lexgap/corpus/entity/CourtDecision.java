package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * A court decision that applied the law on THB/OR, organ trafficking or transplantation ({@code cases/<id>.yaml}):
 * who decided what, when, under which provisions of the corpus, and what became of the accused, the donor-victims
 * and the medical staff. A decision illustrates criteria; it is never evidence of a level by itself.
 *
 * @param jurisdiction the State whose court decided (a country code of the corpus), or {@link #ECHR}
 * @param respondent for a judgment of the European Court of Human Rights, the respondent State; otherwise null
 * @param datePrecision how much of the date the sources give; null means the day
 * @param provisions the provisions of the corpus the decision applied or examined
 * @param criteria the checklist criteria the decision illustrates
 * @param history earlier and later decisions in the same proceedings (appeals, retrials)
 * @param related other case records of the same proceedings
 * @param verified true only when court, date, number and outcome were seen in a cited source
 */
public record CourtDecision(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) String jurisdiction,
        String respondent,
        @JsonProperty(required = true) String court,
        String courtOriginal,
        @JsonProperty(required = true) DecisionInstance instance,
        @JsonProperty(required = true) LocalDate date,
        DatePrecision datePrecision,
        String docket,
        String ecli,
        List<String> parties,
        @JsonProperty(required = true) List<String> provisions,
        @JsonProperty(required = true) List<String> criteria,
        @JsonProperty(required = true) DecisionOutcome outcome,
        @JsonProperty(required = true) String summary,
        String sentences,
        String donors,
        String medicalStaff,
        List<CaseStep> history,
        List<String> related,
        @JsonProperty(required = true) List<String> sources,
        @JsonProperty(required = true) Boolean verified,
        String note) {

    /** The jurisdiction of the European Court of Human Rights. */
    public static final String ECHR = "ECHR";

    /** The State the decision concerns: the State of the court, or the respondent State before the ECtHR. */
    public String country() {
        return ECHR.equals(jurisdiction) ? respondent : jurisdiction;
    }

    /** How lists cite it: name, court, date and number, e.g. "Petrova v. Latvia (European Court of Human Rights, ...)". */
    public String citation() {
        return name + " (" + court + ", " + shownDate() + (docket == null ? "" : ", " + docket) + ")";
    }

    /** The date as far as the sources give it: 2014-06-24, 2025-12 or 2007. */
    public String shownDate() {
        return (datePrecision == null ? DatePrecision.DAY : datePrecision).format(date);
    }
}
