/** Checklists, countries and their assessments over HTTP. */
package org.lexgap.assessment.boundary;
