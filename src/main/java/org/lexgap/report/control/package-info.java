/** Builds reports: the data they show, one HTML template for HTML and PDF, CSV, JSON, charts and zip exports. */
package org.lexgap.report.control;
