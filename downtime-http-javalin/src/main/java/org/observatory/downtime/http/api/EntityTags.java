package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

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
    HandlerType method = ctx.method();
    if ((method != HandlerType.GET && method != HandlerType.HEAD) || ctx.statusCode() != 200
        || !ctx.path().startsWith("/api/")) {
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

  /** The tag of an answer's bytes (for handlers that keep answers with their tags). */
  static String tagOf(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
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
