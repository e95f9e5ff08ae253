/**
 * Turning PDF, HTML, plain text and the official XML of Akoma Ntoso, legislation.gov.uk, the US Code,
 * gesetze-im-internet.de, Justice Canada and EUR-Lex into citable provisions, within limits, and keeping them.
 */
package org.lexgap.ingest.control;
