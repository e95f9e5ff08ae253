/** Download of a country's approved findings in the findings.yaml format. */
package org.lexgap.publish.boundary;
