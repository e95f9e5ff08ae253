package org.lexgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.config.ConfigKeys;
import org.lexgap.security.control.UserStore;
import org.lexgap.security.entity.Role;
import org.lexgap.store.Database;
import org.lexgap.store.StoreSettings;

/** create-user: the documented way to make the first admin, on the database the service uses. */
class CreateUserCommandTest {

    @TempDir
    Path temp;

    @AfterEach
    void clear() {
        System.clearProperty(ConfigKeys.DATA_DIR);
    }

    @Test
    void createsAUserInTheH2FileOfTheDataFolderWithThePasswordFromStdinOrAFile() throws Exception {
        System.setProperty(ConfigKeys.DATA_DIR, temp.toString());
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("first admin password\n".getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, LexgapCommand.commandLine().execute("create-user", "root", "--role", "admin"));
        } finally {
            System.setIn(stdin);
        }
        Path file = Files.writeString(temp.resolve("pw.txt"), "reviewer password 1\n");
        assertEquals(0, LexgapCommand.commandLine().execute("create-user", "ann", "--role", "reviewer",
                "--password-file", file.toString()));
        assertEquals(1, LexgapCommand.commandLine().execute("create-user", "ann", "--role", "reviewer",
                "--password-file", file.toString()), "a taken name fails");
        assertEquals(2, LexgapCommand.commandLine().execute("create-user", "bea", "--role", "boss",
                "--password-file", file.toString()), "an unknown role fails");

        try (Database db = Database.open(new StoreSettings(StoreSettings.h2File(temp), null, null))) {
            UserStore users = new UserStore(db);
            assertEquals(Role.ADMIN, users.authenticate("root", "first admin password".toCharArray()).orElseThrow()
                    .role());
            assertTrue(users.authenticate("ann", "reviewer password 1".toCharArray()).isPresent());
            assertEquals(2, users.count());
        }
    }
}
