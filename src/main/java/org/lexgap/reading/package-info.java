/**
 * Reading the law as it is written: which concepts a provision's own words express, paragraph by paragraph, with
 * the per-language analysis the search index uses, and which conditions of a checklist criterion its text shows
 * met or missing. Shared by the assessment (for texts nobody has recorded conditions for) and by measurement.
 */
package org.lexgap.reading;
