package org.lexgap.review.boundary;

import org.lexgap.review.entity.StoredFinding;

/**
 * A problem about versions (412, 409, 403, 428): the RFC 9457 fields plus the current version and finding, so
 * that a client can merge and retry without a lost update.
 */
public record VersionProblem(String type, String title, int status, String detail, Long currentVersion,
                             StoredFinding current) {
}
