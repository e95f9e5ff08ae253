/** Password hashing (PBKDF2), users, tokens, the sign-in rate limit and the first admin. */
package org.lexgap.security.control;
