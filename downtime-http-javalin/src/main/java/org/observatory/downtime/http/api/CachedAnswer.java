package org.observatory.downtime.http.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * A list answer ready to send again: its exact bytes, the entity tag computed from them once, and their gzip
 * encoding, made on the first request that accepts it and kept with the answer.
 */
final class CachedAnswer {

  private final String contentType;
  private final byte[] body;
  private final String tag;
  private volatile byte[] gzipped;

  /**
   * @param contentType the {@code Content-Type} to send
   * @param body        the answer's bytes; never modified afterwards
   * @param tag         its {@code ETag}
   */
  CachedAnswer(String contentType, byte[] body, String tag) {
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.body = Objects.requireNonNull(body, "body");
    this.tag = Objects.requireNonNull(tag, "tag");
  }

  String contentType() {
    return contentType;
  }

  byte[] body() {
    return body;
  }

  String tag() {
    return tag;
  }

  /** The body gzip-compressed; computed once (two racing first requests may both compress, harmlessly). */
  byte[] gzipped() {
    byte[] done = gzipped;
    if (done == null) {
      done = gzip(body);
      gzipped = done;
    }
    return done;
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 6));
    try (GZIPOutputStream zip = new GZIPOutputStream(out, 8192)) {
      zip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Compressing an answer in memory failed", e);
    }
    return out.toByteArray();
  }
}
