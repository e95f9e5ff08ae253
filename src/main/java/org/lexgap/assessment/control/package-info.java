/** The assessment engine: indicators matched against a country's law, treaty status, caps, scores and gaps. */
package org.lexgap.assessment.control;
