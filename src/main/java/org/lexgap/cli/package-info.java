/** The command line: validating a corpus folder, and the other offline tasks. */
package org.lexgap.cli;
