/** The JAX-RS application: JSON through Jackson, errors as application/problem+json, OpenAPI description. */
package org.lexgap.api;
