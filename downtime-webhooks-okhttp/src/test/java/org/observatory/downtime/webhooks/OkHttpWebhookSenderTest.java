package org.observatory.downtime.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.WebhookOutcome;

class OkHttpWebhookSenderTest {

  private static final byte[] BODY = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);

  private final MockWebServer receiver = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    receiver.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void post_receiverAnswers204_postsTheBodyAndHeadersAndReportsDelivered() throws Exception {
    receiver.enqueue(new MockResponse.Builder().code(204).build());

    WebhookOutcome outcome = WebhookSenders.create(true).post(receiver.url("/hook").toString(),
        Map.of("X-Downtime-Event", "downtime.created"), BODY);

    assertThat(outcome.delivered()).isTrue();
    RecordedRequest request = receiver.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(request.getHeaders().get("X-Downtime-Event")).isEqualTo("downtime.created");
    assertThat(request.getBody().utf8()).isEqualTo("{\"id\":1}");
  }

  @Test
  void post_redirect_isNotFollowedAndCountsAsAFailure() {
    receiver.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "http://169.254.169.254/").build());

    WebhookOutcome outcome = WebhookSenders.create(true).post(receiver.url("/hook").toString(), Map.of(), BODY);

    assertThat(outcome).isEqualTo(new WebhookOutcome(302, "HTTP 302"));
    assertThat(receiver.getRequestCount()).isEqualTo(1);
  }

  @Test
  void post_loopbackReceiverWithoutPrivateNetworksAllowed_isNeverConnectedTo() {
    WebhookOutcome literal = WebhookSenders.create(false).post(receiver.url("/hook").toString(), Map.of(), BODY);
    WebhookOutcome named = WebhookSenders.create(false, host -> List.of(InetAddress.getLoopbackAddress()))
        .post("http://hooks.example.org:" + receiver.getPort() + "/hook", Map.of(), BODY);

    assertThat(literal.delivered()).isFalse();
    assertThat(literal.error()).contains("private, loopback or link-local");
    assertThat(named.delivered()).isFalse();
    assertThat(named.error()).contains("private, loopback or link-local");
    assertThat(receiver.getRequestCount()).isZero();
  }

  @Test
  void refusal_hostResolvingToAPrivateAddress_isRefusedUnlessAllowed() throws Exception {
    InetAddress inside = InetAddress.getByName("10.1.2.3");
    InetAddress outside = InetAddress.getByName("93.184.215.14");

    assertThat(WebhookSenders.create(false, host -> List.of(outside, inside)).refusal("https://hooks.example.org/"))
        .hasValueSatisfying(reason -> assertThat(reason).contains("WEBHOOK_ALLOW_PRIVATE_NETWORKS"));
    assertThat(WebhookSenders.create(false, host -> List.of(outside)).refusal("https://hooks.example.org/"))
        .isEmpty();
    assertThat(WebhookSenders.create(true, host -> List.of(inside)).refusal("https://hooks.example.org/")).isEmpty();
    assertThat(WebhookSenders.create(false).refusal("http://[::1]:8080/")).isPresent();
    assertThat(WebhookSenders.create(false).refusal("http://169.254.169.254/latest/")).isPresent();
  }

  @Test
  void internal_addressRanges_areTheRefusedOnes() throws Exception {
    for (String address : List.of("127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.1.1", "0.0.0.0",
        "100.64.0.1", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1")) {
      assertThat(AddressPolicy.internal(InetAddress.getByName(address))).as(address).isTrue();
    }
    for (String address : List.of("93.184.215.14", "8.8.8.8", "2001:4860:4860::8888")) {
      assertThat(AddressPolicy.internal(InetAddress.getByName(address))).as(address).isFalse();
    }
  }

  @Test
  void post_nobodyListening_reportsTheFailure() {
    int port = receiver.getPort();
    receiver.close();

    WebhookOutcome outcome = WebhookSenders.create(true).post("http://127.0.0.1:" + port + "/hook", Map.of(), BODY);

    assertThat(outcome.status()).isZero();
    assertThat(outcome.error()).isNotEmpty();
  }
}
