package org.observatory.downtime.http.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 signatures over {@code SECRET_KEY}, one derived key per purpose so a session signature is never a valid CSRF token. */
final class Signer {

  private static final String HMAC = "HmacSHA256";

  private final byte[] secret;

  Signer(String secretKey) {
    this.secret = secretKey.getBytes(StandardCharsets.UTF_8);
  }

  /** The signature of {@code data} for {@code purpose}, base64url without padding. */
  String sign(String purpose, String data) {
    byte[] purposeKey = mac(secret, purpose.getBytes(StandardCharsets.UTF_8));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(purposeKey, data.getBytes(StandardCharsets.UTF_8)));
  }

  /** Whether {@code signature} is the signature of {@code data} for {@code purpose}, compared in constant time. */
  boolean verify(String purpose, String data, String signature) {
    if (signature == null) {
      return false;
    }
    return MessageDigest.isEqual(sign(purpose, data).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] mac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
    }
  }
}
