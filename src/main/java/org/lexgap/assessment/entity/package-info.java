/** What an assessment says: levels, evidence, scores, gaps and coverage. */
package org.lexgap.assessment.entity;
