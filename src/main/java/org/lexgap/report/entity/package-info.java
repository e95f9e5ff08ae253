/** What a report holds: the country report, the comparison, the formats and the unverified facts it lists. */
package org.lexgap.report.entity;
