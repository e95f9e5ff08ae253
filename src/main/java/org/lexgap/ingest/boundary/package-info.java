/** The documents API: upload, list, read, replace and delete imported documents. */
package org.lexgap.ingest.boundary;
