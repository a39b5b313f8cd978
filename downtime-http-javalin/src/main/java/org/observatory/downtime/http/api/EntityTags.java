package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Conditional GET for the API: every successful {@code GET}/{@code HEAD} answer under {@code /api/} carries an
 * {@code ETag} derived from its bytes, and a request whose {@code If-None-Match} names it gets {@code 304} without a
 * body. Any write that changes an answer changes its bytes, hence its tag.
 *
 * <p>The tag is weak ({@code W/"..."}) because the same answer may travel gzip-compressed or not.
 */
final class EntityTags {

  /** Runs after every handler; leaves other methods, paths and statuses alone. */
  void tag(Context ctx) throws IOException {
    if (!tagged(ctx)) {
      return;
    }
    String given = ctx.res().getHeader("ETag");
    if (given != null) {
      // A handler that keeps finished answers sent the tag it computed with them: the bytes are not hashed again.
      if (matches(ctx.header("If-None-Match"), given)) {
        ctx.status(304);
        ctx.res().setHeader("Content-Encoding", null);
        ctx.result(new byte[0]);
      }
      return;
    }
    InputStream result = ctx.resultInputStream();
    if (result == null) {
      return;
    }
    byte[] body = result.readAllBytes();
    String tag = tagOf(body);
    ctx.header("ETag", tag);
    if (matches(ctx.header("If-None-Match"), tag)) {
      ctx.status(304);
      ctx.result(new byte[0]);
    } else {
      ctx.result(body);
    }
  }

  /**
   * Tags an answer where its bytes are at hand, if {@link #tag} would: the step after the handler then need not read
   * the body back to hash it.
   */
  static void tagSent(Context ctx, byte[] body) {
    if (tagged(ctx)) {
      ctx.header("ETag", tagOf(body));
    }
  }

  // Successful GET and HEAD answers of the API are tagged; other methods, paths and statuses are left alone.
  private static boolean tagged(Context ctx) {
    HandlerType method = ctx.method();
    return (method == HandlerType.GET || method == HandlerType.HEAD) && ctx.statusCode() == 200
        && ctx.path().startsWith("/api/");
  }

  /**
   * The tag of an answer's bytes (for handlers that keep answers with their tags): CRC-32C and CRC-32 of the bytes
   * and their length, 128 bits. A validator needs to tell versions of one answer apart, not to resist forgery (a
   * client can only confuse its own cache); both checksums are computed by the processor's own instructions, where a
   * SHA-256 of a 100 KB list answer cost a tenth of its CPU.
   */
  static String tagOf(byte[] body) {
    CRC32C castagnoli = new CRC32C();
    castagnoli.update(body);
    CRC32 ieee = new CRC32();
    ieee.update(body);
    byte[] tag = ByteBuffer.allocate(16).putInt((int) castagnoli.getValue()).putInt((int) ieee.getValue())
        .putLong(body.length).array();
    return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(tag) + "\"";
  }

  // Weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored; "*" matches any current answer.
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    String opaque = strip(tag);
    for (String candidate : ifNoneMatch.split(",")) {
      String value = candidate.strip();
      if (value.equals("*") || strip(value).equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  private static String strip(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
