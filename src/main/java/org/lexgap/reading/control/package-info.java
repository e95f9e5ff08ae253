/** Splitting a text into paragraphs, matching concept vocabularies in it, and testing conditions on it. */
package org.lexgap.reading.control;
