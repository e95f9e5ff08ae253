/** The browser interface served from the WAR at {@code /}: its security headers (the pages are static files). */
package org.lexgap.web;
