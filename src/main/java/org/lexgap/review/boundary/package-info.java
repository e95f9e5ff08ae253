/**
 * The findings API: GET/PUT a criterion's finding (ETag/If-Match), its approval and its history, and the download
 * of a State's approved findings as findings.yaml.
 */
package org.lexgap.review.boundary;
