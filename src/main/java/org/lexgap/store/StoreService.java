package org.lexgap.store;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lexgap.config.ConfigKeys;
import org.lexgap.config.Defaults;

/** The application's database: opened and migrated at start-up (see the start-up sequence), closed at shutdown. */
@ApplicationScoped
public class StoreService {

    private static final Logger LOG = Logger.getLogger(StoreService.class.getName());

    @Inject
    @ConfigProperty(name = ConfigKeys.DB_URL)
    Optional<String> url;

    @Inject
    @ConfigProperty(name = ConfigKeys.DB_USER)
    Optional<String> user;

    @Inject
    @ConfigProperty(name = ConfigKeys.DB_PASSWORD)
    Optional<String> password;

    @Inject
    @ConfigProperty(name = ConfigKeys.DATA_DIR, defaultValue = Defaults.DATA_DIR)
    String dataDir;

    private Database database;

    /** The open database; opens (and migrates) it on first use. */
    public synchronized Database database() {
        if (database == null) {
            StoreSettings settings = StoreSettings.of(url, user, password, Path.of(dataDir));
            database = Database.open(settings);
            LOG.info(() -> "lexgap database: " + settings.safeUrl());
        }
        return database;
    }

    @PreDestroy
    synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
