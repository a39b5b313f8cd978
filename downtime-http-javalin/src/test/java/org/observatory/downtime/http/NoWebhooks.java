package org.observatory.downtime.http;

import java.util.List;
import java.util.UUID;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.WebhookDraft;
import org.observatory.downtime.core.model.WebhookOutcome;
import org.observatory.downtime.core.model.WebhookReport;
import org.observatory.downtime.core.model.WebhookSubscription;
import org.observatory.downtime.core.port.in.ManageWebhooksUseCase;

/** A webhook use case with no subscription, for the HTTP tests that do not exercise webhooks (the app's do). */
public final class NoWebhooks implements ManageWebhooksUseCase {

  @Override
  public List<WebhookReport> list(User user) {
    return List.of();
  }

  @Override
  public WebhookReport get(User user, long id) {
    throw missing(id);
  }

  @Override
  public WebhookSubscription create(User user, WebhookDraft draft) {
    throw new UnsupportedOperationException("no webhooks in this test");
  }

  @Override
  public WebhookSubscription update(User user, long id, WebhookDraft draft) {
    throw missing(id);
  }

  @Override
  public void delete(User user, long id) {
    throw missing(id);
  }

  @Override
  public void redeliver(User user, long id, UUID deliveryId) {
    throw missing(id);
  }

  @Override
  public WebhookOutcome test(User user, long id) {
    throw missing(id);
  }

  private static NotFoundException missing(long id) {
    return new NotFoundException("No webhook subscription with id " + id);
  }
}
