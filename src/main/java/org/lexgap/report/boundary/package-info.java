/** Report downloads over HTTP: a country's gap report, the comparison of several countries, bulk zips. */
package org.lexgap.report.boundary;
