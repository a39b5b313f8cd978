package org.observatory.downtime.http;

import java.util.Objects;

/**
 * A list answer ready to send again: its exact bytes and the entity tag computed from them once.
 *
 * @param contentType the {@code Content-Type} to send
 * @param body        the answer's bytes; never modified after construction
 * @param tag         its {@code ETag}
 */
record CachedAnswer(String contentType, byte[] body, String tag) {

  CachedAnswer {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(tag, "tag");
  }
}
