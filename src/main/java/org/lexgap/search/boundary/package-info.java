/** The search API: {@code GET /api/search}. */
package org.lexgap.search.boundary;
