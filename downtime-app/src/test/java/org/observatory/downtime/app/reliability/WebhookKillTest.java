package org.observatory.downtime.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.downtime.app.AppConfig;
import org.observatory.downtime.app.Application;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.model.WebhookDraft;
import org.observatory.downtime.core.model.WebhookFilter;

/**
 * Nothing lost (issue 12 §6): {@code serve} in a child JVM is killed with {@code kill -9} ({@code destroyForcibly})
 * while its receiver is down; after a restart every event arrives, in order, with the delivery id it had before.
 */
class WebhookKillTest {

  private static final Pattern READY = Pattern.compile("ready at (http://\\S+/) ");

  @TempDir
  Path directory;

  @Test
  void killedServe_withUndeliveredEvents_deliversEveryOneAfterRestartWithTheSameDeliveryIds() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(0)) {
      receiver.down = true;
      Map<String, String> environment = new HashMap<>(WebhookDeliveryTest.settings(ReliabilityStack.sqlite(directory)));
      environment.put("SECRET_KEY", ReliabilityStack.SECRET_KEY);
      environment.put("HOST", "127.0.0.1");
      environment.put("PORT", "0");
      prepare(environment, receiver.url());

      Process first = serve(environment);
      List<String> before;
      try {
        String base = baseUrl(first);
        Http http = new Http(base.substring(0, base.length() - 1));
        for (int n = 0; n < 10; n++) {
          assertThat(http.postJson("/api/", ReliabilityStack.validBody(n), ReliabilityStack.TOKEN).statusCode())
              .isEqualTo(201);
        }
        awaitAttempts(receiver, 3);
      } finally {
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
      before = receiver.received().stream().map(WebhookReceiver.Received::deliveryId).distinct().toList();
      receiver.down = false;

      Process second = serve(environment);
      try {
        baseUrl(second);
        List<WebhookReceiver.Received> accepted = new ArrayList<>(receiver.awaitAccepted(10, 240).values());

        assertThat(accepted).extracting(WebhookReceiver.Received::eventId).isSorted().doesNotHaveDuplicates();
        assertThat(before).as("attempted before the kill: the first event only, which holds back the others")
            .containsExactly(accepted.get(0).deliveryId());
        assertThat(accepted).allSatisfy(one -> assertThat(one.signature())
            .isEqualTo(WebhookReceiver.signature(WebhookDeliveryTest.SECRET, one.body())));
        Set<String> deliveryIds = accepted.stream().map(WebhookReceiver.Received::deliveryId)
            .collect(Collectors.toSet());
        assertThat(deliveryIds).hasSize(10);
      } finally {
        second.destroy();
        if (!second.waitFor(30, TimeUnit.SECONDS)) {
          second.destroyForcibly();
        }
      }
    }
  }

  // The database, a staff user with the API token, and the subscription, made before serve starts.
  private static void prepare(Map<String, String> environment, String url) {
    try (Application application = Application.open(AppConfig.fromEnvironment(environment), Clock.systemUTC())) {
      application.migrate();
      application.services().users().upsertPortalUser(new UserAccount("writer", "", true, false, "", "", "",
          ReliabilityStack.TOKEN, UserAccount.Source.PORTAL));
      application.webhooks().manage().create(User.operator("operator"), new WebhookDraft(url,
          Optional.of(WebhookDeliveryTest.SECRET), WebhookFilter.ALL, true));
    }
  }

  private static Process serve(Map<String, String> environment) throws Exception {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, "org.observatory.downtime.app.Main", "serve");
    builder.environment().putAll(environment);
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.redirectErrorStream(true);
    return builder.start();
  }

  // Reads the child's log until it says where it serves; the rest of the log is drained in the background.
  private static String baseUrl(Process process) throws Exception {
    CompletableFuture<String> ready = new CompletableFuture<>();
    StringBuilder log = new StringBuilder();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        String line;
        while ((line = lines.readLine()) != null) {
          synchronized (log) {
            log.append(line).append('\n');
          }
          Matcher matcher = READY.matcher(line);
          if (matcher.find()) {
            ready.complete(matcher.group(1));
          }
        }
      } catch (java.io.IOException e) {
        // the process ended
      }
      ready.completeExceptionally(new AssertionError("serve ended before it was ready:\n" + log));
    }, "serve-log");
    reader.setDaemon(true);
    reader.start();
    return ready.get(90, TimeUnit.SECONDS);
  }

  private static void awaitAttempts(WebhookReceiver receiver, int attempts) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (receiver.received().size() < attempts) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the receiver saw " + receiver.received().size() + " attempts in 60 s");
      }
      LockSupport.parkNanos(10_000_000L);
    }
  }
}
