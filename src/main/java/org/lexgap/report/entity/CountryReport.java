package org.lexgap.report.entity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lexgap.assessment.entity.Assessment;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.corpus.entity.Country;
import org.lexgap.corpus.entity.CourtDecision;
import org.lexgap.corpus.entity.Observation;
import org.lexgap.corpus.entity.Statute;
import org.lexgap.corpus.entity.ProfileContents;

/**
 * Everything a country's gap report shows: the assessment, the country profile and checklist it was made with,
 * when it was generated, and the unverified facts behind it.
 *
 * @param facts how many facts of the country carry a verified mark (its profile's, and its decisions and observations)
 * @param unverifiedFacts the country's facts and the checklist's legal bases that are not verified
 * @param citations how to cite the provisions and instruments the report names, by id
 * @param summaries the English summaries of the provisions cited as evidence, by id
 * @param contents what the profile holds of the THB/OR offence, jurisdiction rules and a transplantation law
 * @param statutes the State's statutes in the corpus, in force or not, with their dates and amendments
 * @param decisions the court decisions concerning the State, the most recent first
 * @param observations what monitoring bodies found about the State's law
 */
public record CountryReport(Assessment assessment, Country country, Checklist checklist, Instant generated,
                            int facts, List<UnverifiedFact> unverifiedFacts,
                            Map<String, String> citations, Map<String, String> summaries,
                            ProfileContents contents, List<Statute> statutes, List<CourtDecision> decisions,
                            List<Observation> observations) {

    /** The citation of a provision or the short title of an instrument; the id itself when unknown. */
    public String cite(String id) {
        return citations.getOrDefault(id, id);
    }

    /** The report's file name without extension, e.g. {@code lexgap-DE-thbor-1.0}. */
    public String baseName() {
        return "lexgap-" + country.code() + "-" + checklist.id() + "-" + checklist.version();
    }
}
