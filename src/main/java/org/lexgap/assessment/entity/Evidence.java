package org.lexgap.assessment.entity;

import java.util.List;
import java.util.Map;

/**
 * A provision (or a treaty status) that a level rests on, and what it shows of the criterion's conditions.
 *
 * @param provision the provision id, or the treaty id for treaty-status criteria
 * @param passage the part of the provision that shows it: the clause of its text that matched, or our summary
 * @param concepts the conditions of the criterion it meets
 * @param suggests the level it would give on its own: 2, 1, 0 (it documents an absence), or -1 when it only
 *                 contributes a condition
 * @param verified whether the fact behind the evidence was verified in a cited source
 * @param lacks the conditions it shows missing or limited, each with why
 * @param basis how it is known: {@code recorded} (whoever read the law recorded it), {@code read} (lexgap read
 *              the provision's own text), {@code summary} (read from our summary, not yet recorded),
 *              {@code treaty} or {@code observation}
 */
public record Evidence(String provision, String citation, String passage, List<String> concepts, int suggests,
                       boolean verified, String source, Map<String, String> lacks, String basis) {

    public static final String RECORDED = "recorded";
    public static final String READ = "read";
    public static final String SUMMARY = "summary";
    public static final String TREATY = "treaty";
    /** A monitoring body's recent finding that the law lacks what the criterion asks (a documented gap). */
    public static final String OBSERVATION = "observation";

    public Evidence {
        concepts = concepts == null ? List.of() : List.copyOf(concepts);
        lacks = lacks == null ? Map.of() : Map.copyOf(lacks);
    }

    public Evidence(String provision, String citation, String passage, List<String> concepts, int suggests,
                    boolean verified, String source) {
        this(provision, citation, passage, concepts, suggests, verified, source, Map.of(), RECORDED);
    }
}
