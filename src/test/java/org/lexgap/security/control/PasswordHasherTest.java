package org.lexgap.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** PBKDF2 hashes: salted, verifiable, and malformed ones never match. */
class PasswordHasherTest {

    @Test
    void saltsEveryHashAndVerifiesOnlyTheRightPassword() {
        String a = PasswordHasher.hash("open sesame 123".toCharArray());
        String b = PasswordHasher.hash("open sesame 123".toCharArray());

        assertNotEquals(a, b);
        assertTrue(PasswordHasher.verify("open sesame 123".toCharArray(), a));
        assertTrue(PasswordHasher.verify("open sesame 123".toCharArray(), b));
        assertFalse(PasswordHasher.verify("open sesame 124".toCharArray(), a));
    }

    @Test
    void malformedHashesNeverMatch() {
        for (String stored : new String[] {null, "", "plain", "PBKDF2WithHmacSHA512:x:y:z", "MD5:1:AA==:AA==",
            "PBKDF2WithHmacSHA512:1000:!!:AA=="}) {
            assertFalse(PasswordHasher.verify("anything".toCharArray(), stored), String.valueOf(stored));
        }
    }
}
