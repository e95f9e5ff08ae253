package org.lexgap.corpus.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One citable provision, from an international instrument or a national statute, in the shape that
 * search, assessment and reports share.
 *
 * @param jurisdiction a country code for national law, {@link #INTERNATIONAL} for instruments
 * @param heading the English heading (the official one for instruments, our translation for statutes)
 * @param originalHeading the heading in the text's own language, when it was seen
 * @param notMet criteria this provision shows the State does not meet (a documented gap)
 * @param language the language of the text (headings, official text); summaries are always English
 * @param validUntil the day from which the text no longer applies (repealed or replaced); null while in force
 * @param conditions per criterion id, the conditions of its levels the provision meets or shows missing, as recorded
 */
public record Provision(
        String id,
        String documentId,
        String documentTitle,
        String jurisdiction,
        String number,
        String heading,
        String originalHeading,
        String citation,
        String summary,
        List<String> topics,
        List<String> criteria,
        List<String> notMet,
        List<String> related,
        boolean verified,
        String source,
        String officialText,
        String language,
        TextStatus textStatus,
        LocalDate validFrom,
        LocalDate validUntil,
        boolean binding,
        Map<String, ConditionReading> conditions) {

    public Provision {
        conditions = conditions == null ? Map.of() : Map.copyOf(conditions);
    }

    /** A provision nobody has recorded conditions for (an instrument's, an imported one). */
    public Provision(String id, String documentId, String documentTitle, String jurisdiction, String number,
                     String heading, String originalHeading, String citation, String summary, List<String> topics,
                     List<String> criteria, List<String> notMet, List<String> related, boolean verified,
                     String source, String officialText, String language, TextStatus textStatus,
                     LocalDate validFrom, LocalDate validUntil, boolean binding) {
        this(id, documentId, documentTitle, jurisdiction, number, heading, originalHeading, citation, summary, topics,
                criteria, notMet, related, verified, source, officialText, language, textStatus, validFrom,
                validUntil, binding, Map.of());
    }

    /** What whoever read the law recorded of this provision for one criterion, if anything. */
    public java.util.Optional<ConditionReading> reading(String criterionId) {
        return java.util.Optional.ofNullable(conditions.get(criterionId));
    }

    public static final String INTERNATIONAL = "international";

    public boolean international() {
        return INTERNATIONAL.equals(jurisdiction);
    }

    /** Whether the text applies on a day: from its validFrom (when known) and before its validUntil (when set). */
    public boolean inForceOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validUntil == null || validUntil.isAfter(day));
    }

    /** The id of the document (instrument or statute) a provision id belongs to. */
    public static String documentIdOf(String provisionId) {
        int slash = provisionId.indexOf('/');
        return slash < 0 ? provisionId : provisionId.substring(0, slash);
    }
}
