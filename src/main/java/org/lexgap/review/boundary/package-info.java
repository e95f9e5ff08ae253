/** The findings API: GET/PUT a criterion's finding (ETag/If-Match), its approval and its history. */
package org.lexgap.review.boundary;
