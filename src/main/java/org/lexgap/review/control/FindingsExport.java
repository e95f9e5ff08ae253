package org.lexgap.review.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.lexgap.assessment.entity.Status;
import org.lexgap.json.Mappers;
import org.lexgap.review.entity.FindingsFile;
import org.lexgap.review.entity.PublishedFinding;
import org.lexgap.review.entity.StoredFinding;

/** A country's approved findings, in the findings.yaml format; drafts and reviewed ones are not published. */
public final class FindingsExport {

    private FindingsExport() {
    }

    public static FindingsFile of(String country, String checklist, String checklistVersion,
                                  List<StoredFinding> findings) {
        List<PublishedFinding> approved = findings.stream()
                .filter(f -> f.status() == Status.APPROVED)
                .sorted(Comparator.comparing(StoredFinding::criterion))
                .map(f -> new PublishedFinding(f.criterion(), f.level(), f.evidence(), f.rationale(), f.sources(),
                        f.author(), f.approver(), f.updated(), f.version()))
                .toList();
        return new FindingsFile(country, checklist, checklistVersion, Instant.now().truncatedTo(ChronoUnit.SECONDS),
                approved);
    }

    public static String yaml(FindingsFile file) {
        try {
            return "# Approved reviewer findings of " + file.country() + " (lexgap export-findings); see "
                    + "national-laws/README.md\n" + Mappers.yaml().writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
