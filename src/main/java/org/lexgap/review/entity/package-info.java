/**
 * Reviewer findings as stored (with their version), what a reviewer sends, the history of changes, and the
 * findings.yaml format in which approved findings are published beside a State's statutes.
 */
package org.lexgap.review.entity;
