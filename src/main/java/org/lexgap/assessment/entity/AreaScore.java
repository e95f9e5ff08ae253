package org.lexgap.assessment.entity;

/** The weighted score of an area, over its criteria with a scored level; null when none is scored. */
public record AreaScore(String id, String title, Double score, int criteria, int scored) {
}
