/** Rules on characters shared by every boundary and every output: what reviewer text may hold, and how stored text is made safe to print. */
package org.lexgap.text;
