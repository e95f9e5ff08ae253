/** The findings.yaml format: a country's approved findings, published beside its statutes. */
package org.lexgap.publish.entity;
