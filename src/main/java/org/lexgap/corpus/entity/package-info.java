/** The corpus as it is written in the data folders: instruments, countries, statutes, checklists, concepts. */
package org.lexgap.corpus.entity;
