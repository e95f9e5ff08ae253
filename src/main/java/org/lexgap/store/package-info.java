/** The database: connection pool, versioned schema migrations, transactions (H2 by default, PostgreSQL by config). */
package org.lexgap.store;
