package org.observatory.downtime.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What staff give to make or change a webhook subscription (checked by the use case, which names each bad field).
 *
 * @param url    where events are posted
 * @param secret the key deliveries are signed with; empty keeps the current one (required to make one)
 * @param filter which events are sent
 * @param active whether events are queued and sent
 */
public record WebhookDraft(String url, Optional<String> secret, WebhookFilter filter, boolean active) {

  public WebhookDraft {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(filter, "filter");
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "WebhookDraft[url=" + url + ", secret=" + (secret.isPresent() ? "***" : "unchanged") + ", filter="
        + filter + ", active=" + active + "]";
  }
}
