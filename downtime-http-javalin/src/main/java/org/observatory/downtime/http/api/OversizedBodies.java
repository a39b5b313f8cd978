package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rest of a body refused as too large (413) is read and dropped, up to {@link #DRAIN_LIMIT_BYTES} in all, before
 * the answer is sent: closing a socket with unread bytes makes the kernel send a reset, which can destroy the 413
 * before the client has read it. A larger body is not read on; its connection is closed.
 */
public final class OversizedBodies {

  /** The most of one oversized body that is read and dropped. */
  public static final long DRAIN_LIMIT_BYTES = 16L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(OversizedBodies.class);

  private OversizedBodies() {
  }

  /**
   * Reads and drops what is left of the request's body, up to the drain limit counting the {@code alreadyRead}
   * bytes. A client that goes away or sends less than it declared is not an error here: the 413 is still the answer.
   */
  public static void drain(Context ctx, long alreadyRead) {
    long left = DRAIN_LIMIT_BYTES - alreadyRead;
    byte[] buffer = new byte[8192];
    try (InputStream body = ctx.req().getInputStream()) {
      int read;
      while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
        left -= read;
      }
    } catch (IOException e) {
      LOG.debug("Oversized request body not fully drained: {}", e.getMessage());
    }
  }
}
