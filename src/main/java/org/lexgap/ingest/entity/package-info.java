/** Imported official documents: their metadata, provisions, paragraphs and points, and the typed import errors. */
package org.lexgap.ingest.entity;
