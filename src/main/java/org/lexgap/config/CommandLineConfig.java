package org.lexgap.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * MicroProfile Config for the command line, which runs without a container: the same keys ({@link ConfigKeys}) from
 * the same sources in the same order as the server's: system properties, then environment variables (the key, then
 * with non-alphanumerics as '_', then that in capitals: {@code LEXGAP_DATA_DIR}), then
 * {@code META-INF/microprofile-config.properties}.
 */
public final class CommandLineConfig {

    static final String PROPERTIES = "META-INF/microprofile-config.properties";

    private final Function<String, String> systemProperties;
    private final Function<String, String> environment;
    private final Properties file;

    CommandLineConfig(Function<String, String> systemProperties, Function<String, String> environment,
                      Properties file) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.file = file;
    }

    /** The configuration of this process. */
    public static CommandLineConfig current() {
        return new CommandLineConfig(System::getProperty, System::getenv, bundled());
    }

    public Optional<String> get(String key) {
        String value = systemProperties.apply(key);
        if (value == null) {
            String underscored = key.replaceAll("[^A-Za-z0-9]", "_");
            value = Optional.ofNullable(environment.apply(key))
                    .or(() -> Optional.ofNullable(environment.apply(underscored)))
                    .or(() -> Optional.ofNullable(environment.apply(underscored.toUpperCase(Locale.ROOT))))
                    .orElse(file.getProperty(key));
        }
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }

    /** The data folder: {@link ConfigKeys#DATA_DIR} or {@link Defaults#DATA_DIR}. */
    public String dataDir() {
        return get(ConfigKeys.DATA_DIR).orElse(Defaults.DATA_DIR);
    }

    private static Properties bundled() {
        Properties properties = new Properties();
        try (InputStream in = CommandLineConfig.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PROPERTIES, e);
        }
        return properties;
    }
}
