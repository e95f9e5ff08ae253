/** Shared pieces of the integration tests. */
package org.lexgap.it;
