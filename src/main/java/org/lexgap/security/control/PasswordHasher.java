package org.lexgap.security.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes through the JDK's JCA, stored as {@code PBKDF2WithHmacSHA512:<iterations>:<salt>:<hash>}
 * (Base64), the format of Jakarta Security's Pbkdf2PasswordHash; usable outside the container (CLI, tests).
 */
public final class PasswordHasher {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return format(ALGORITHM, ITERATIONS, salt, derive(ALGORITHM, password, salt, ITERATIONS, KEY_BITS));
    }

    /** True when the password matches the stored hash; false for a wrong password or a malformed hash. */
    public static boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !parts[0].startsWith("PBKDF2WithHmac")) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(parts[0], password, salt, iterations, expected.length * 8);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(String algorithm, char[] password, byte[] salt, int iterations, int bits) {
        KeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available: " + algorithm, e);
        }
    }

    private static String format(String algorithm, int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder();
        return algorithm + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }
}
