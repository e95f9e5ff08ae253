package org.lexgap.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lexgap.config.Defaults;
import org.lexgap.security.control.AccountException;
import org.lexgap.security.control.UserStore;
import org.lexgap.security.entity.Role;
import org.lexgap.store.Database;
import org.lexgap.store.StoreException;
import org.lexgap.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Creates a user in the configured database (LEXGAP_DB_URL or the H2 file under LEXGAP_DATA_DIR). */
@Command(name = "create-user", description = {"Create a user in the configured database; the password is read from "
        + "stdin (first line) or --password-file.", "Database: LEXGAP_DB_URL, LEXGAP_DB_USER, LEXGAP_DB_PASSWORD, "
        + "else the H2 file under LEXGAP_DATA_DIR (default " + Defaults.DATA_DIR + "; stop the server first)."})
final class CreateUserCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "user name (3-64: a-z, 0-9, '.', '_', '-')")
    private String username;

    @Option(names = "--role", required = true, description = "reader, reviewer or admin")
    private String role;

    @Option(names = "--password-file", description = "a file whose first line is the password (else stdin)")
    private Path passwordFile;

    @Override
    public Integer call() {
        Role parsed;
        try {
            parsed = Role.parse(role);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        char[] password;
        try {
            password = readPassword();
        } catch (IOException e) {
            System.err.println("cannot read the password: " + e.getMessage());
            return 2;
        }
        StoreSettings settings = StoreSettings.fromEnvironment();
        try (Database db = Database.open(settings)) {
            new UserStore(db).create(username, password, parsed, "cli");
            System.out.println("created " + parsed.code() + " '" + username + "' in " + settings.safeUrl());
            return 0;
        } catch (AccountException | StoreException e) {
            System.err.println(e.getMessage() + lockHint(e));
            return 1;
        }
    }

    /** H2 in file mode admits one process: a hint when the running server holds the file. */
    static String lockHint(Exception e) {
        return String.valueOf(e.getMessage()).contains("locked") ? "\n(the server uses this database: stop it "
                + "first, or create users with POST /api/users as an admin)" : "";
    }

    private char[] readPassword() throws IOException {
        String line;
        if (passwordFile != null) {
            line = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        } else {
            line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        return line == null ? new char[0] : line.toCharArray();
    }
}
