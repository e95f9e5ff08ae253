package org.lexgap.assessment.entity;

import java.time.Instant;
import java.util.List;

/**
 * A reviewer's finding on one criterion of one country; it wins over the engine's proposal.
 *
 * @param source where the finding comes from: {@link #PUBLISHED} (a national-laws/&lt;CC&gt;/findings.yaml) or
 *               {@link #STORE} (the database, newer than the published one); null when not said
 */
public record Finding(String country, String criterion, Level level, Status status, List<String> evidence,
                      String rationale, List<String> sources, String author, String approver,
                      String checklistVersion, Instant updated, String source) {

    public static final String PUBLISHED = "published";
    public static final String STORE = "store";

    public Finding(String country, String criterion, Level level, Status status, List<String> evidence,
                   String rationale, List<String> sources, String author, String approver,
                   String checklistVersion, Instant updated) {
        this(country, criterion, level, status, evidence, rationale, sources, author, approver, checklistVersion,
                updated, null);
    }
}
