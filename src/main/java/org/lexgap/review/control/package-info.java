/** Validation, optimistic-concurrency storage, history and the four-eyes approval of reviewer findings. */
package org.lexgap.review.control;
