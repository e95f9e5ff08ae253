package org.lexgap.store;

import java.nio.file.Path;
import java.util.Optional;
import org.lexgap.config.CommandLineConfig;
import org.lexgap.config.ConfigKeys;

/**
 * Where the database is: {@code lexgap.db.url} (with user and password), or, when unset, an embedded H2 file
 * database {@code <lexgap.data.dir>/lexgap} that commits every transaction to disk before acknowledging it.
 */
public record StoreSettings(String url, String user, String password) {

    /** The H2 file name (H2 adds {@code .mv.db}) under the data folder. */
    public static final String H2_FILE = "lexgap";

    public static StoreSettings of(Optional<String> url, Optional<String> user, Optional<String> password,
                                   Path dataDir) {
        String resolved = url.filter(u -> !u.isBlank()).orElseGet(() -> h2File(dataDir));
        return new StoreSettings(resolved, user.filter(u -> !u.isBlank()).orElse(null),
                password.filter(p -> !p.isEmpty()).orElse(null));
    }

    /** For the command line: the same keys and sources as the server ({@link CommandLineConfig}). */
    public static StoreSettings fromEnvironment() {
        return fromEnvironment(null);
    }

    /** As {@link #fromEnvironment()}, with the data folder given on the command line (when not null). */
    public static StoreSettings fromEnvironment(Path dataDirOption) {
        CommandLineConfig config = CommandLineConfig.current();
        Path dataDir = dataDirOption != null ? dataDirOption : Path.of(config.dataDir());
        return of(config.get(ConfigKeys.DB_URL), config.get(ConfigKeys.DB_USER), config.get(ConfigKeys.DB_PASSWORD),
                dataDir);
    }

    public static String h2File(Path dataDir) {
        // WRITE_DELAY=0: a commit is written out before it returns, so kill -9 loses no acknowledged write
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve(H2_FILE) + ";WRITE_DELAY=0";
    }

    /** The URL without credentials, for logs and messages. */
    public String safeUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "StoreSettings[" + safeUrl() + ", user=" + user + "]";
    }
}
