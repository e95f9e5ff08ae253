/** The country code, one value type shared by every component, the API and the command line. */
package org.lexgap.country;
