/** What a reading found: the paragraphs of a text, the concepts in each, the conditions a text shows. */
package org.lexgap.reading.entity;
