package org.lexgap.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A pooled connection to the lexgap database, migrated to the current schema when opened. Work runs in a
 * transaction that is committed before it returns (an acknowledged write is a committed write) or rolled back.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final StoreSettings settings;

    private Database(HikariDataSource pool, StoreSettings settings) {
        this.pool = pool;
        this.settings = settings;
    }

    /** Opens the pool and migrates the schema; throws a {@link StoreException} naming the URL when it cannot. */
    public static Database open(StoreSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(durable(settings.url()));
        config.setDriverClassName(driverFor(settings.url()));
        if (settings.user() != null) {
            config.setUsername(settings.user());
        }
        if (settings.password() != null) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(8);
        config.setAutoCommit(false);
        config.setPoolName("lexgap");
        config.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the database " + settings.safeUrl() + ": " + rootMessage(e), e);
        }
        Database database = new Database(pool, settings);
        try {
            Migrations.migrate(database);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return database;
    }

    /** An H2 file database gets WRITE_DELAY=0 unless the URL says otherwise: without it, kill -9 loses commits. */
    static String durable(String url) {
        boolean h2File = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
        return h2File && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY") ? url + ";WRITE_DELAY=0" : url;
    }

    private static String driverFor(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        throw new StoreException("unsupported database URL " + url.replaceAll("[?;].*", "")
                + ": lexgap supports jdbc:h2: and jdbc:postgresql:", null);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Work inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs work in a transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(Work<T> work) {
        return transaction(work, NoRefusal.class);
    }

    /**
     * Runs work that may refuse: committed when it returns or when it throws {@code refusal} (a refusal is an
     * answer, thrown before the work wrote anything), rolled back when it fails otherwise.
     * <p>
     * Why a refusal commits: the work may hold row locks (SELECT ... FOR UPDATE, an UPDATE whose condition no
     * longer matched), and with H2 2.5 (file store, WRITE_DELAY=0) rolling back such a transaction now and then
     * writes an older committed version of the locked row back, erasing another transaction's acknowledged update.
     * Committing a transaction that wrote nothing releases its locks and changes nothing, on every database.
     */
    public <T> T transaction(Work<T> work, Class<? extends RuntimeException> refusal) {
        try (Connection connection = pool.getConnection()) {
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                if (refusal.isInstance(e)) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                throw e;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    /** No exception is a refusal. */
    private static final class NoRefusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    public DataSource dataSource() {
        return pool;
    }

    public StoreSettings settings() {
        return settings;
    }

    public boolean postgres() {
        return settings.url().startsWith("jdbc:postgresql:");
    }

    @Override
    public void close() {
        pool.close();
    }
}
