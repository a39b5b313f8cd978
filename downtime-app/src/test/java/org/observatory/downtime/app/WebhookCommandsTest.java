package org.observatory.downtime.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code webhook add|list|remove|test} through {@link Main}, on an SQLite file, with a receiver on loopback. */
class WebhookCommandsTest {

  private static final String SECRET = "command-line-secret-4242";

  @TempDir
  Path dir;

  @Test
  void addListTestRemove_onSqlite_manageASubscriptionWithoutEverPrintingTheSecret() throws Exception {
    try (MockWebServer receiver = new MockWebServer()) {
      receiver.start(InetAddress.getLoopbackAddress(), 0);
      receiver.enqueue(new MockResponse.Builder().code(204).build());
      String url = receiver.url("/hook").toString();
      MainRunner main = new MainRunner(Map.of("DB_NAME", dir.resolve("db.sqlite3").toString(),
          "WEBHOOK_ALLOW_PRIVATE_NETWORKS", "true"));

      MainRunner.Result added = main.runWithInput(SECRET + "\n", "webhook", "add", url, "--site", "ogg",
          "--event", "created", "--event", "downtime.deleted", "--secret-stdin");
      MainRunner.Result listed = main.run("webhook", "list");
      MainRunner.Result tested = main.run("webhook", "test", "1");
      RecordedRequest ping = receiver.takeRequest();
      MainRunner.Result removed = main.run("webhook", "remove", "1");

      assertThat(added.exitCode()).as(added.err()).isZero();
      assertThat(added.out()).isEqualTo("Saved webhook 1 to " + url
          + " (site ogg, events downtime.created downtime.deleted)\n");
      assertThat(listed.out()).contains("1  active    backlog 0  " + url).doesNotContain(SECRET);
      assertThat(tested.exitCode()).as(tested.err()).isZero();
      assertThat(tested.out()).contains("Delivered: the receiver answered HTTP 204");
      assertThat(ping.getHeaders().get("X-Downtime-Event")).isEqualTo("webhook.ping");
      assertThat(ping.getHeaders().get("X-Downtime-Signature-256"))
          .isEqualTo(signature(ping.getBody().utf8()));
      assertThat(removed.out()).isEqualTo("Removed webhook 1\n");
      assertThat(main.run("webhook", "list").out()).isEqualTo("No webhook subscriptions.\n");
      assertThat(main.run("webhook", "remove", "1").exitCode()).isEqualTo(3);
    }
  }

  @Test
  void add_badUrlAndNoSecret_exitsWithTheFieldsAndSavesNothing() {
    MainRunner main = new MainRunner(Map.of("DB_NAME", dir.resolve("db.sqlite3").toString()));

    MainRunner.Result refused = main.runWithInput("\n", "webhook", "add", "ftp://hooks.example.org/", "--secret-stdin");
    MainRunner.Result loopback = main.runWithInput(SECRET + "\n", "webhook", "add", "http://127.0.0.1:9/",
        "--secret-stdin");

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("url").contains("secret");
    assertThat(loopback.exitCode()).isEqualTo(2);
    assertThat(loopback.err()).contains("WEBHOOK_ALLOW_PRIVATE_NETWORKS");
    assertThat(main.run("webhook", "list").out()).isEqualTo("No webhook subscriptions.\n");
  }

  private static String signature(String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }
}
