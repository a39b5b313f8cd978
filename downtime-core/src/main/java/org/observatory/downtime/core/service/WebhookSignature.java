package org.observatory.downtime.core.service;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The {@code X-Downtime-Signature-256} header of a webhook delivery: {@code sha256=} and the HMAC-SHA256 in hex. */
final class WebhookSignature {

  static final String HEADER = "X-Downtime-Signature-256";

  private WebhookSignature() {
  }

  /** {@code sha256=<hex HMAC-SHA256 of the raw body keyed with the secret's UTF-8 bytes>}. */
  static String of(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // Every Java runtime has HmacSHA256, and any non-empty key is valid for it.
      throw new IllegalStateException("HMAC-SHA256 is not available: " + e.getMessage(), e);
    }
  }
}
