/** The assessment engine: the conditions of each level shown by a country's law, treaty status, caps, scores and gaps. */
package org.lexgap.assessment.control;
