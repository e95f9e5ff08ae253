/**
 * Rules on text shared by every boundary and every output: what reviewer text may hold, what a source may be, and
 * how stored text is made safe to print (reports, CSV cells).
 */
package org.lexgap.text;
