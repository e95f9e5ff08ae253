/**
 * The provision index (Lucene): field names, the language map of analyzers, document building, the human query
 * parser, thesaurus expansion, searching, facets and snippets.
 */
package org.lexgap.search.control;
