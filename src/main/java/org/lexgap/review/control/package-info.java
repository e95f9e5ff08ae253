/**
 * Validation, optimistic-concurrency storage, history and the four-eyes approval of reviewer findings; the
 * published baseline (national-laws/&lt;CC&gt;/findings.yaml) and its export; the merge of both for assessments.
 */
package org.lexgap.review.control;
