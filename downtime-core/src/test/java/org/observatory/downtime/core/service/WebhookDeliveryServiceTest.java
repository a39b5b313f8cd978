package org.observatory.downtime.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.WebhookDelivery;
import org.observatory.downtime.core.model.WebhookOutcome;
import org.observatory.downtime.core.model.WebhookPolicy;
import org.observatory.downtime.core.port.in.DeliverWebhooksUseCase.Result;
import org.observatory.downtime.core.port.out.ChangeEventFormat;
import org.observatory.downtime.core.port.out.WebhookOutbox;
import org.observatory.downtime.core.port.out.WebhookSender;
import org.observatory.downtime.core.port.out.WebhookSubscriptions;

class WebhookDeliveryServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-29T04:00:00Z");
  private static final byte[] BODY = "{\"id\":7}".getBytes(StandardCharsets.UTF_8);

  private final WebhookOutbox outbox = mock(WebhookOutbox.class);
  private final WebhookSender sender = mock(WebhookSender.class);
  private final ChangeEventFormat format = event -> BODY;
  private final WebhookDeliveryService service = new WebhookDeliveryService(outbox, mock(WebhookSubscriptions.class),
      sender, format, new WebhookPolicy(Duration.ofSeconds(60), Duration.ofHours(24)),
      Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void deliver_receiverAnswers2xx_sendsSignedHeadersAndSettlesDelivered() {
    WebhookDelivery delivery = delivery(0, NOW.minusSeconds(5));
    when(sender.post(anyString(), anyMap(), any())).thenReturn(WebhookOutcome.answered(204));

    assertThat(service.deliver(delivery)).isEqualTo(Result.DELIVERED);

    @SuppressWarnings("unchecked")
    ArgumentCaptor<Map<String, String>> headers = ArgumentCaptor.forClass(Map.class);
    verify(sender).post(eq("https://hooks.example.org/x"), headers.capture(), eq(BODY));
    assertThat(headers.getValue())
        .containsEntry("X-Downtime-Event", "downtime.created")
        .containsEntry("X-Downtime-Delivery", delivery.deliveryId().toString())
        // echo -n '{"id":7}' | openssl dgst -sha256 -hmac 'a-secret-of-sixteen'
        .containsEntry("X-Downtime-Signature-256", WebhookSignature.of("a-secret-of-sixteen", BODY));
    assertThat(headers.getValue().get("X-Downtime-Signature-256")).matches("sha256=[0-9a-f]{64}");
    verify(outbox).settle(eq(delivery), eq(WebhookOutcome.answered(204)), eq(NOW), isNull(), eq(false));
  }

  @Test
  void deliver_thirdFailure_retriesAfterHalfToAllOfFourTimesTheBase() {
    WebhookDelivery delivery = delivery(2, NOW.minusSeconds(600));
    when(sender.post(anyString(), anyMap(), any())).thenReturn(WebhookOutcome.answered(503));

    assertThat(service.deliver(delivery)).isEqualTo(Result.RETRYING);

    ArgumentCaptor<Instant> next = ArgumentCaptor.forClass(Instant.class);
    verify(outbox).settle(eq(delivery), eq(WebhookOutcome.answered(503)), eq(NOW), next.capture(), eq(false));
    assertThat(next.getValue()).isBetween(NOW.plusSeconds(120), NOW.plusSeconds(240));
  }

  @Test
  void deliver_failureAfterTheGiveUpTime_givesUp() {
    WebhookDelivery delivery = delivery(9, NOW.minus(Duration.ofHours(24)));
    when(sender.post(anyString(), anyMap(), any())).thenReturn(WebhookOutcome.failed("connection refused"));

    assertThat(service.deliver(delivery)).isEqualTo(Result.GIVEN_UP);

    verify(outbox).settle(eq(delivery), eq(WebhookOutcome.failed("connection refused")), eq(NOW), isNull(),
        eq(true));
  }

  @Test
  void deliver_backoffBeyondTheGiveUpTime_retriesOnceMoreAtThatTime() {
    WebhookDelivery delivery = delivery(12, NOW.minus(Duration.ofHours(23)));
    when(sender.post(anyString(), anyMap(), any())).thenReturn(WebhookOutcome.answered(500));

    assertThat(service.deliver(delivery)).isEqualTo(Result.RETRYING);

    verify(outbox).settle(eq(delivery), eq(WebhookOutcome.answered(500)), eq(NOW),
        eq(NOW.plus(Duration.ofHours(1))), eq(false));
  }

  @Test
  void backoff_manyAttempts_isCappedAtSixHours() {
    WebhookPolicy policy = new WebhookPolicy(Duration.ofSeconds(60), Duration.ofHours(24));

    assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(480));
    assertThat(policy.backoff(40)).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void signature_knownVector_matchesOpenssl() {
    // printf 'The quick brown fox jumps over the lazy dog' | openssl dgst -sha256 -hmac key
    assertThat(WebhookSignature.of("key", "The quick brown fox jumps over the lazy dog"
        .getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
  }

  @Test
  void toString_claimedDelivery_neverShowsTheSecret() {
    assertThat(delivery(0, NOW).toString()).doesNotContain("a-secret-of-sixteen");
  }

  private static WebhookDelivery delivery(int attempts, Instant queued) {
    Downtime downtime = new Downtime(3, NOW.plusSeconds(3600), NOW.plusSeconds(7200), "ogg", "clma", "2m0a", "",
        "Mirror recoat", NOW, NOW, "staff", null);
    return new WebhookDelivery(UUID.fromString("6f1c2b7e-8d7a-4f1e-9a57-3b0d6c2a9e11"), 1,
        "https://hooks.example.org/x", "a-secret-of-sixteen",
        new ChangeEvent(7, ChangeEvent.Type.CREATED, queued, "staff", downtime, null), attempts, queued, "claim-1");
  }
}
