package org.observatory.downtime.app;

import java.time.Duration;
import java.util.Objects;
import org.observatory.downtime.core.model.WebhookPolicy;

/**
 * How webhooks are delivered: {@code WEBHOOK_RETRY_BASE_SECONDS} (first wait after a failure, doubled per attempt up
 * to 6 h; default 60), {@code WEBHOOK_GIVE_UP_HOURS} (how long a delivery is retried; default 24) and
 * {@code WEBHOOK_ALLOW_PRIVATE_NETWORKS} (whether receivers on private, loopback and link-local addresses are
 * allowed; default false).
 *
 * @param policy               retry backoff and giving up
 * @param allowPrivateNetworks whether internal addresses may receive webhooks
 */
public record WebhookSettings(WebhookPolicy policy, boolean allowPrivateNetworks) {

  /** The defaults: a minute, doubled; a day; public addresses only. */
  public static final WebhookSettings DEFAULT = new WebhookSettings(WebhookPolicy.DEFAULT, false);

  public WebhookSettings {
    Objects.requireNonNull(policy, "policy");
  }

  /** Reads and checks the three variables. */
  static WebhookSettings from(EnvironmentReader env) {
    Duration base = env.seconds("WEBHOOK_RETRY_BASE_SECONDS", WebhookPolicy.DEFAULT.retryBase(),
        WebhookPolicy.MAX_BACKOFF.toSeconds());
    Duration giveUp = Duration.ofHours(env.integer("WEBHOOK_GIVE_UP_HOURS", 24, 1, 24 * 30));
    return new WebhookSettings(new WebhookPolicy(base, giveUp), env.bool("WEBHOOK_ALLOW_PRIVATE_NETWORKS", false));
  }
}
