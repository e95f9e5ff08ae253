package org.lexgap.store;

import java.sql.SQLException;

/** The database could not do what was asked (unreachable, broken schema, SQL error). */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** SQLState 23505: a unique or primary key was violated (same code in H2 and PostgreSQL). */
    public static boolean isUniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
