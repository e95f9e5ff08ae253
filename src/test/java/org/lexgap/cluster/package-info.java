/** Integration tests of several lexgap nodes on one PostgreSQL database. */
package org.lexgap.cluster;
