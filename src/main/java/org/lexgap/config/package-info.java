/** Configuration keys and where the corpus and the writable data live. */
package org.lexgap.config;
