package org.observatory.downtime.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A receiver of the change feed's events by signed HTTP POST; its secret is kept by the store and never part of
 * this record, so it cannot be shown back.
 *
 * @param id        identifier given by the store
 * @param url       where events are posted (http or https)
 * @param filter    which events are sent
 * @param active    whether new events are queued and queued ones sent; an inactive subscription keeps its backlog
 * @param created   when it was made
 * @param createdBy username of whoever made it
 */
public record WebhookSubscription(long id, String url, WebhookFilter filter, boolean active, Instant created,
                                  String createdBy) {

  public WebhookSubscription {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(createdBy, "created_by");
    created = Timestamps.truncate(created);
  }
}
