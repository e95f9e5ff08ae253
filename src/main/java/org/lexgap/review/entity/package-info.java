/** Reviewer findings as stored (with their version), what a reviewer sends, and the history of changes. */
package org.lexgap.review.entity;
