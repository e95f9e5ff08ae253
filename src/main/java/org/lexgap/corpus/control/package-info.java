/** Reading, validating and holding the corpus: YAML with line numbers, cross-reference checks, the loaded corpus. */
package org.lexgap.corpus.control;
