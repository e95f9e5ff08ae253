/** The corpus over HTTP: instruments and provisions. */
package org.lexgap.corpus.boundary;
