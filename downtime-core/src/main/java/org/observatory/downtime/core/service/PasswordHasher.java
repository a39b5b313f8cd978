package org.observatory.downtime.core.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes in Django's {@code pbkdf2_sha256$iterations$salt$hash} form, so accounts
 * can be moved from the old service and back. Verification takes the same time whether or not the password
 * matches.
 */
public final class PasswordHasher {

  /** Iterations for new hashes (OWASP 2023 recommendation for PBKDF2-HMAC-SHA256). */
  public static final int ITERATIONS = 600_000;

  private static final String ALGORITHM = "pbkdf2_sha256";
  private static final int KEY_BITS = 256;
  private static final String SALT_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  private final SecureRandom random;
  private final int iterations;

  public PasswordHasher() {
    this(new SecureRandom(), ITERATIONS);
  }

  /** For tests: fewer iterations make a test suite fast; production always uses {@link #ITERATIONS}. */
  public PasswordHasher(SecureRandom random, int iterations) {
    this.random = random;
    this.iterations = iterations;
  }

  /** A new hash of the password with a random 22-character salt. */
  public String hash(char[] password) {
    StringBuilder salt = new StringBuilder();
    for (int i = 0; i < 22; i++) {
      salt.append(SALT_CHARS.charAt(random.nextInt(SALT_CHARS.length())));
    }
    return ALGORITHM + "$" + iterations + "$" + salt + "$" + derive(password, salt.toString(), iterations);
  }

  /** Whether the password matches the hash; {@code false} for a malformed or empty hash. */
  public boolean verify(char[] password, String encoded) {
    String[] parts = encoded == null ? new String[0] : encoded.split("\\$", -1);
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return false;
    }
    int rounds;
    try {
      rounds = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      return false;
    }
    if (rounds < 1) {
      return false;
    }
    byte[] expected = parts[3].getBytes(StandardCharsets.US_ASCII);
    byte[] actual = derive(password, parts[2], rounds).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, actual);
  }

  private static String derive(char[] password, String salt, int rounds) {
    PBEKeySpec spec = new PBEKeySpec(password, salt.getBytes(StandardCharsets.UTF_8), rounds, KEY_BITS);
    try {
      byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      return Base64.getEncoder().encodeToString(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this Java runtime", e);
    } finally {
      spec.clearPassword();
    }
  }
}
