/** Sign-in and user resources, Bearer-token authentication, role checks, security headers and body limits. */
package org.lexgap.security.boundary;
