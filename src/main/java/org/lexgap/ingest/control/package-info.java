/** Turning PDF, HTML, plain text and Akoma Ntoso files into citable provisions, within limits, and keeping them. */
package org.lexgap.ingest.control;
