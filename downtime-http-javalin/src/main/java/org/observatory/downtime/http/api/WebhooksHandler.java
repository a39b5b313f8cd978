package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.in.ManageWebhooksUseCase;
import org.observatory.downtime.http.request.PathIds;
import org.observatory.downtime.http.security.HttpAuthenticator;
import org.observatory.downtime.http.security.WriteGuard;

/**
 * {@code /api/webhooks/}: staff list and make webhook subscriptions; {@code /api/webhooks/{id}/}: read, change
 * (PATCH) and remove one; {@code .../redeliver/} queues a delivery again and {@code .../test/} posts a ping. Reads
 * need credentials (401), writes a CSRF token with a session; the use case refuses non-staff (403).
 */
final class WebhooksHandler {

  private static final String WHAT = "webhook subscription";

  private final ManageWebhooksUseCase webhooks;
  private final HttpAuthenticator authenticator;
  private final WriteGuard guard;
  private final RequestBody body;
  private final WebhookBody binder;
  private final ApiRepresentation representation;
  private final ApiResponder responder;

  WebhooksHandler(ManageWebhooksUseCase webhooks, HttpAuthenticator authenticator, WriteGuard guard, RequestBody body,
                  WebhookBody binder, ApiRepresentation representation, ApiResponder responder) {
    this.webhooks = webhooks;
    this.authenticator = authenticator;
    this.guard = guard;
    this.body = body;
    this.binder = binder;
    this.representation = representation;
    this.responder = responder;
  }

  void list(Context ctx) {
    User user = authenticator.requireUser(ctx);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("results", webhooks.list(user).stream().map(report -> WebhookRepresentation.report(report, false))
        .toList());
    responder.send(ctx, 200, representation.value(answer), "Webhook List");
  }

  void create(Context ctx) {
    User user = guard.writer(ctx);
    var created = webhooks.create(user, binder.draft(body.bytes(ctx), Optional.empty()));
    responder.send(ctx, 201, representation.value(WebhookRepresentation.subscription(created)), "Webhook created");
  }

  void get(Context ctx) {
    User user = authenticator.requireUser(ctx);
    var report = webhooks.get(user, PathIds.id(ctx, WHAT));
    responder.send(ctx, 200, representation.value(WebhookRepresentation.report(report, true)), "Webhook");
  }

  void update(Context ctx) {
    User user = guard.writer(ctx);
    long id = PathIds.id(ctx, WHAT);
    var current = webhooks.get(user, id).subscription();
    var changed = webhooks.update(user, id, binder.draft(body.bytes(ctx), Optional.of(current)));
    responder.send(ctx, 200, representation.value(WebhookRepresentation.subscription(changed)), "Webhook changed");
  }

  void delete(Context ctx) {
    User user = guard.writer(ctx);
    webhooks.delete(user, PathIds.id(ctx, WHAT));
    ctx.status(204);
  }

  /** {@code {"delivery": "<uuid>"}}: 202, sent again after the deliveries queued before it. */
  void redeliver(Context ctx) {
    User user = guard.writer(ctx);
    long id = PathIds.id(ctx, WHAT);
    webhooks.redeliver(user, id, deliveryId(binder, body.bytes(ctx)));
    responder.send(ctx, 202, representation.detail("Queued for delivery."), "Webhook redelivery");
  }

  /** Posts a signed ping now and answers what the receiver said. */
  void test(Context ctx) {
    User user = guard.writer(ctx);
    var outcome = webhooks.test(user, PathIds.id(ctx, WHAT));
    responder.send(ctx, 200, representation.value(WebhookRepresentation.outcome(outcome)), "Webhook test");
  }

  private static UUID deliveryId(WebhookBody binder, byte[] bytes) {
    String text = binder.field(bytes, "delivery").orElseThrow(
        () -> ValidationException.of("delivery", FieldErrors.REQUIRED));
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("delivery", "Must be a valid UUID.");
    }
  }
}
