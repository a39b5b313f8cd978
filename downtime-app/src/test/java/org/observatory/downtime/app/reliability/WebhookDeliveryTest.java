package org.observatory.downtime.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.downtime.app.support.PostgresSchema;

/**
 * Webhooks end to end (issue 12 §4–5): the real composition root, the API, the outbox and the worker, posting to a
 * receiver on loopback (WEBHOOK_ALLOW_PRIVATE_NETWORKS=true) with the retry base shortened.
 */
class WebhookDeliveryTest {

  static final String SECRET = "receiver-secret-0123456789";

  @TempDir
  Path directory;

  @Test
  void failingReceiver_firstAttemptsRefused_getsEveryEventInOrderWithValidSignatures() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(4);
         ReliabilityStack stack = ReliabilityStack.start(settings(ReliabilityStack.sqlite(directory)),
             Clock.systemUTC());
         AutoCloseable worker = stack.application.deliverWebhooks()) {
      subscribe(stack, receiver.url());
      for (int n = 0; n < 20; n++) {
        assertThat(stack.http.postJson("/api/", ReliabilityStack.validBody(n), ReliabilityStack.TOKEN).statusCode())
            .isEqualTo(201);
      }

      List<WebhookReceiver.Received> accepted = new ArrayList<>(receiver.awaitAccepted(20, 60).values());

      assertThat(accepted).extracting(WebhookReceiver.Received::eventId).isSorted().doesNotHaveDuplicates();
      assertThat(accepted).extracting(WebhookReceiver.Received::eventType).containsOnly("downtime.created");
      assertThat(accepted).allSatisfy(one -> assertThat(one.signature())
          .isEqualTo(WebhookReceiver.signature(SECRET, one.body())));
      List<WebhookReceiver.Received> refused = receiver.received().stream().filter(one -> !one.accepted()).toList();
      assertThat(refused).hasSize(4).extracting(WebhookReceiver.Received::deliveryId)
          .as("the failing first event was retried with its delivery id, holding back the later ones")
          .containsOnly(accepted.get(0).deliveryId());
      assertThat(receiver.duplicates()).isZero();
      String feed = stack.http.get("/api/changes/").body();
      assertThat(feed).contains(accepted.get(19).body());
      String metrics = stack.application.metrics().registry().scrape();
      assertThat(metrics).contains("downtime_webhook_backlog 0.0")
          .contains("downtime_webhook_deliveries_total{outcome=\"delivered\"} 20.0")
          .contains("downtime_webhook_deliveries_total{outcome=\"retrying\"} 4.0");
      String report = stack.http.get("/api/webhooks/1/", "Authorization", "Token " + ReliabilityStack.TOKEN).body();
      assertThat(report).contains("\"backlog\":0,").contains("\"status\":\"delivered\"")
          .contains("\"delivery\":\"" + accepted.get(0).deliveryId() + "\"");

      HttpResponse<String> redelivered = stack.http.postJson("/api/webhooks/1/redeliver/",
          "{\"delivery\":\"" + accepted.get(0).deliveryId() + "\"}", ReliabilityStack.TOKEN);
      assertThat(redelivered.statusCode()).as(redelivered.body()).isEqualTo(202);
      receiver.awaitRequests(25, 30);
      assertThat(receiver.received().get(24).deliveryId()).as("sent again with its delivery id")
          .isEqualTo(accepted.get(0).deliveryId());
    }
  }

  @Test
  void subscription_toLoopbackWithoutPrivateNetworksAllowed_isRefused() {
    try (ReliabilityStack stack = ReliabilityStack.start(ReliabilityStack.sqlite(directory), Clock.systemUTC())) {
      for (String url : List.of("http://127.0.0.1:9/hook", "http://localhost:9/hook", "http://[::1]:9/",
          "http://169.254.169.254/latest/meta-data/", "http://10.0.0.8/")) {
        HttpResponse<String> refused = stack.http.postJson("/api/webhooks/",
            "{\"url\":\"" + url + "\",\"secret\":\"" + SECRET + "\"}", ReliabilityStack.TOKEN);

        assertThat(refused.statusCode()).as(url).isEqualTo(400);
        assertThat(refused.body()).as(url).startsWith("{\"url\":[").contains("WEBHOOK_ALLOW_PRIVATE_NETWORKS");
      }
    }
  }

  @Test
  void twoInstances_onOnePostgresDatabase_deliverEveryOneOfAThousandChanges() throws Exception {
    try (PostgresSchema schema = PostgresSchema.create();
         WebhookReceiver receiver = new WebhookReceiver(0);
         ReliabilityStack first = ReliabilityStack.start(
             settings(ReliabilityStack.postgresql(schema, PostgresSchema.PORT, directory)), Clock.systemUTC());
         ReliabilityStack second = ReliabilityStack.start(
             settings(ReliabilityStack.postgresql(schema, PostgresSchema.PORT, directory)), Clock.systemUTC());
         AutoCloseable firstWorker = first.application.deliverWebhooks();
         AutoCloseable secondWorker = second.application.deliverWebhooks()) {
      subscribe(first, receiver.url());
      ExecutorService writers = Executors.newFixedThreadPool(4);
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int n = 0; n < 1000; n++) {
        ReliabilityStack stack = n % 2 == 0 ? first : second;
        int body = n;
        statuses.add(writers.submit(() -> stack.http.postJson("/api/", ReliabilityStack.validBody(body),
            ReliabilityStack.TOKEN).statusCode()));
      }
      for (Future<Integer> status : statuses) {
        assertThat(status.get()).isEqualTo(201);
      }
      writers.shutdown();

      List<WebhookReceiver.Received> accepted = new ArrayList<>(receiver.awaitAccepted(1000, 180).values());

      System.out.printf("two instances, 1000 changes: %d delivered, %d duplicates, %d requests%n", accepted.size(),
          receiver.duplicates(), receiver.received().size());
      assertThat(accepted).extracting(WebhookReceiver.Received::eventId).doesNotHaveDuplicates().isSorted();
      assertThat(accepted).allSatisfy(one -> assertThat(one.signature())
          .isEqualTo(WebhookReceiver.signature(SECRET, one.body())));
      assertThat(receiver.duplicates()).isZero();
    }
  }

  static Map<String, String> settings(Map<String, String> database) {
    Map<String, String> variables = new HashMap<>(database);
    variables.put("WEBHOOK_ALLOW_PRIVATE_NETWORKS", "true");
    variables.put("WEBHOOK_RETRY_BASE_SECONDS", "0.05");
    return variables;
  }

  static void subscribe(ReliabilityStack stack, String url) {
    HttpResponse<String> created = stack.http.postJson("/api/webhooks/",
        "{\"url\":\"" + url + "\",\"secret\":\"" + SECRET + "\"}", ReliabilityStack.TOKEN);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"has_secret\":true").doesNotContain(SECRET);
    assertThat(new String(created.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .contains("\"url\":\"" + url + "\"");
  }
}
