/** What a search answers: hits with escaped snippets, facet counts, the concepts a query matched. */
package org.lexgap.search.entity;
