package org.observatory.downtime.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.observatory.downtime.core.model.WebhookDelivery;
import org.observatory.downtime.core.port.in.DeliverWebhooksUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queued webhook deliveries while {@code serve} runs: every {@link #POLL_MILLIS} ms, and again at once
 * while there was work, it claims the due deliveries of up to {@link #SUBSCRIPTIONS} subscriptions (up to
 * {@link #PER_SUBSCRIPTION} each) and posts them on {@link #SENDERS} threads: different subscriptions at once, one
 * subscription's in event order, stopping at its first failure (the rest are released, held back by it). Every
 * instance runs one; the claims keep them from sending the same delivery. Reports {@code downtime_webhook_backlog}
 * and {@code downtime_webhook_deliveries_total{outcome}}.
 */
final class WebhookWorker implements AutoCloseable {

  static final long POLL_MILLIS = 500;
  static final int SENDERS = 8;
  static final int SUBSCRIPTIONS = 32;
  static final int PER_SUBSCRIPTION = 10;

  private static final Logger LOG = LoggerFactory.getLogger(WebhookWorker.class);

  private final AtomicInteger threads = new AtomicInteger();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
      task -> daemon(task, "downtime-webhooks"));
  private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS,
      task -> daemon(task, "downtime-webhook-sender-" + threads.incrementAndGet()));
  private final DeliverWebhooksUseCase deliver;
  private final Map<DeliverWebhooksUseCase.Result, Counter> outcomes =
      new EnumMap<>(DeliverWebhooksUseCase.Result.class);

  WebhookWorker(DeliverWebhooksUseCase deliver, MeterRegistry registry) {
    this.deliver = deliver;
    for (DeliverWebhooksUseCase.Result result : DeliverWebhooksUseCase.Result.values()) {
      outcomes.put(result, Counter.builder("downtime.webhook.deliveries")
          .description("Webhook delivery attempts by outcome (delivered, retrying, given_up)")
          .tag("outcome", result.name().toLowerCase(java.util.Locale.ROOT)).register(registry));
    }
    // Held strongly: Micrometer keeps a gauge's object weakly, and nothing else may hold this lambda's target.
    Gauge.builder("downtime.webhook.backlog", this, WebhookWorker::backlog)
        .description("Webhook deliveries waiting to be sent (all subscriptions, all instances)")
        .strongReference(true).register(registry);
  }

  /** Polls from now on. */
  WebhookWorker start() {
    scheduler.scheduleWithFixedDelay(this::drain, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    return this;
  }

  /** Sends what is due until nothing is; a database failure is logged and retried at the next poll. */
  void drain() {
    try {
      List<WebhookDelivery> claimed = deliver.claimDue(SUBSCRIPTIONS, PER_SUBSCRIPTION);
      while (!claimed.isEmpty()) {
        Map<Long, List<WebhookDelivery>> bySubscription = new LinkedHashMap<>();
        for (WebhookDelivery delivery : claimed) {
          bySubscription.computeIfAbsent(delivery.subscriptionId(), id -> new ArrayList<>()).add(delivery);
        }
        List<Future<?>> sent = new ArrayList<>();
        for (List<WebhookDelivery> inOrder : bySubscription.values()) {
          sent.add(senders.submit(() -> send(inOrder)));
        }
        for (Future<?> future : sent) {
          future.get();
        }
        claimed = deliver.claimDue(SUBSCRIPTIONS, PER_SUBSCRIPTION);
      }
    } catch (RuntimeException | ExecutionException e) {
      LOG.warn("Sending webhooks failed (retried in {} ms): {}", POLL_MILLIS, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // One subscription's claimed deliveries, in event order; after a failure the later ones wait for its retry.
  private void send(List<WebhookDelivery> inOrder) {
    for (int i = 0; i < inOrder.size(); i++) {
      DeliverWebhooksUseCase.Result result = deliver.deliver(inOrder.get(i));
      outcomes.get(result).increment();
      if (result == DeliverWebhooksUseCase.Result.GIVEN_UP) {
        LOG.warn("Gave up {}", inOrder.get(i));
      }
      if (result == DeliverWebhooksUseCase.Result.RETRYING) {
        deliver.release(inOrder.subList(i + 1, inOrder.size()));
        return;
      }
    }
  }

  private double backlog() {
    try {
      return deliver.backlog();
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  /** Stops polling; waits up to 15 s for attempts in flight (their claims lapse if they do not finish). */
  @Override
  public void close() {
    scheduler.shutdown();
    senders.shutdown();
    try {
      if (!scheduler.awaitTermination(15, TimeUnit.SECONDS) || !senders.awaitTermination(15, TimeUnit.SECONDS)) {
        scheduler.shutdownNow();
        senders.shutdownNow();
      }
    } catch (InterruptedException e) {
      scheduler.shutdownNow();
      senders.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
