/** The one start-up sequence (corpus, store, index, readiness) and the poller that keeps the index in line. */
package org.lexgap.startup;
