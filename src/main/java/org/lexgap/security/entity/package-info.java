/** Accounts: users, their role, and what a sign-in answers. */
package org.lexgap.security.entity;
