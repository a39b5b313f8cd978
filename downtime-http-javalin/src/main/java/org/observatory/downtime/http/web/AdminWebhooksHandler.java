package org.observatory.downtime.http.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.model.WebhookDraft;
import org.observatory.downtime.core.model.WebhookOutcome;
import org.observatory.downtime.core.model.WebhookSubscription;
import org.observatory.downtime.core.port.in.ManageWebhooksUseCase;
import org.observatory.downtime.http.request.PathIds;
import org.observatory.downtime.http.template.TemplateRenderer;

/**
 * The admin pages of webhook subscriptions: {@code /admin/webhooks/} (list, add) and {@code /admin/webhooks/{id}/}
 * (latest attempts, redeliver, test ping, pause or activate, remove). Every post carries the CSRF token.
 */
final class AdminWebhooksHandler {

  private static final String WHAT = "webhook subscription";

  private final ManageWebhooksUseCase webhooks;
  private final AdminAccess access;
  private final PageChrome chrome;
  private final TemplateRenderer renderer;

  AdminWebhooksHandler(ManageWebhooksUseCase webhooks, AdminAccess access, PageChrome chrome,
                       TemplateRenderer renderer) {
    this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
    this.access = Objects.requireNonNull(access, "access");
    this.chrome = Objects.requireNonNull(chrome, "chrome");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  /** {@code GET /admin/webhooks/}. */
  void list(Context ctx) {
    access.require(ctx).ifPresent(user -> showList(ctx, user, WebhookForm.EMPTY, Map.of()));
  }

  /** {@code POST /admin/webhooks/}: adds one, or shows the form again with its errors (never the secret). */
  void add(Context ctx) {
    Optional<User> user = access.requireForPost(ctx);
    if (user.isEmpty()) {
      return;
    }
    WebhookForm form = WebhookForm.from(ctx);
    String secret = Optional.ofNullable(ctx.formParam("secret")).orElse("");
    WebhookSubscription created;
    try {
      created = webhooks.create(user.get(), form.draft(secret));
    } catch (ValidationException refusal) {
      ctx.status(HttpStatus.BAD_REQUEST);
      showList(ctx, user.get(), form, refusal.errors());
      return;
    }
    ctx.redirect("/admin/webhooks/" + created.id() + "/", HttpStatus.SEE_OTHER);
  }

  /** {@code GET /admin/webhooks/{id}/}. */
  void detail(Context ctx) {
    access.require(ctx).ifPresent(user -> showDetail(ctx, user, PathIds.id(ctx, WHAT), notice(ctx)));
  }

  /** {@code POST /admin/webhooks/{id}/redeliver/}: the delivery of the row's button, sent again. */
  void redeliver(Context ctx) {
    Optional<User> user = access.requireForPost(ctx);
    if (user.isPresent()) {
      long id = PathIds.id(ctx, WHAT);
      webhooks.redeliver(user.get(), id, deliveryId(ctx.formParam("delivery")));
      ctx.redirect("/admin/webhooks/" + id + "/?done=redelivered", HttpStatus.SEE_OTHER);
    }
  }

  /** {@code POST /admin/webhooks/{id}/test/}: posts a ping now and shows the answer. */
  void test(Context ctx) {
    Optional<User> user = access.requireForPost(ctx);
    if (user.isPresent()) {
      long id = PathIds.id(ctx, WHAT);
      WebhookOutcome outcome = webhooks.test(user.get(), id);
      showDetail(ctx, user.get(), id, outcome.delivered()
          ? "Test ping delivered: the receiver answered HTTP " + outcome.status() + "."
          : "Test ping not delivered: " + outcome.error());
    }
  }

  /** {@code POST /admin/webhooks/{id}/active/}: pauses ({@code active=false}) or activates it. */
  void activate(Context ctx) {
    Optional<User> user = access.requireForPost(ctx);
    if (user.isPresent()) {
      long id = PathIds.id(ctx, WHAT);
      WebhookSubscription current = webhooks.get(user.get(), id).subscription();
      boolean active = "true".equals(ctx.formParam("active"));
      webhooks.update(user.get(), id, new WebhookDraft(current.url(), Optional.empty(), current.filter(), active));
      ctx.redirect("/admin/webhooks/" + id + "/?done=" + (active ? "activated" : "paused"), HttpStatus.SEE_OTHER);
    }
  }

  /** {@code POST /admin/webhooks/{id}/delete/}. */
  void delete(Context ctx) {
    Optional<User> user = access.requireForPost(ctx);
    if (user.isPresent()) {
      webhooks.delete(user.get(), PathIds.id(ctx, WHAT));
      ctx.redirect("/admin/webhooks/", HttpStatus.SEE_OTHER);
    }
  }

  private void showList(Context ctx, User user, WebhookForm form, Map<String, java.util.List<String>> errors) {
    String token = access.csrfToken(ctx);
    renderer.render(ctx, "web/admin/webhooks.jte", new WebhookListPage(
        chrome.adminPage("Webhooks", user.username(), token), webhooks.list(user), form, errors, token));
  }

  private void showDetail(Context ctx, User user, long id, String notice) {
    String token = access.csrfToken(ctx);
    renderer.render(ctx, "web/admin/webhook.jte", new WebhookDetailPage(
        chrome.adminPage("Webhook " + id, user.username(), token), webhooks.get(user, id), notice, token));
  }

  // The fixed notices of the redirects after an action; anything else in the query shows nothing.
  private static String notice(Context ctx) {
    String done = ctx.queryParam("done");
    if (done == null) {
      return "";
    }
    return switch (done) {
      case "redelivered" -> "Queued for delivery again.";
      case "activated" -> "Activated: new events are queued and sent.";
      case "paused" -> "Paused: nothing is queued or sent until it is activated.";
      default -> "";
    };
  }

  private static UUID deliveryId(String text) {
    try {
      return UUID.fromString(text == null ? "" : text.strip());
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("No delivery " + text);
    }
  }
}
