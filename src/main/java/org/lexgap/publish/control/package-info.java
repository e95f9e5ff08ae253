/** Exports approved findings to national-laws/&lt;CC&gt;/findings.yaml and loads those files as the baseline. */
package org.lexgap.publish.control;
