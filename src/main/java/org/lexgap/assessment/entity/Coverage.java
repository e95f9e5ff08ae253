package org.lexgap.assessment.entity;

/** How much of the checklist rests on something: evidence found, levels known, findings reviewed. */
public record Coverage(int criteria, int withEvidence, int scored, int unknown, int reviewed, int approved,
                       int unverified) {
}
