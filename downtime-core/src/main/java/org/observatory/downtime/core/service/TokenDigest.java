package org.observatory.downtime.core.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Personal API tokens: 32 random bytes as URL-safe Base64 behind a recognisable prefix, stored as their SHA-256.
 * A plain digest (no salt, no slow hash) is enough: the token has 256 bits of entropy, nothing to guess, and the
 * digest lets a request's token be looked up by index.
 */
final class TokenDigest {

  /** Every personal token starts with this, so a leaked one is recognisable (and told apart from portal tokens). */
  static final String PREFIX = "dtp_";

  private static final int RANDOM_BYTES = 32;

  private final SecureRandom random = new SecureRandom();

  /** A new token's text. */
  String newToken() {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Lowercase hex SHA-256 of the token's UTF-8 text. */
  static String digest(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** Whether two digests are equal, in time that does not depend on where they differ. */
  static boolean same(String digest, String other) {
    return MessageDigest.isEqual(digest.getBytes(StandardCharsets.US_ASCII), other.getBytes(StandardCharsets.US_ASCII));
  }
}
