package org.observatory.downtime.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.PermissionDeniedException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.model.WebhookDraft;
import org.observatory.downtime.core.model.WebhookFilter;
import org.observatory.downtime.core.port.out.WebhookSender;
import org.observatory.downtime.core.port.out.WebhookSubscriptions;

class WebhookServiceTest {

  private static final User STAFF = new User("staff", true, false);

  private final WebhookSubscriptions subscriptions = mock(WebhookSubscriptions.class);
  private final WebhookSender sender = mock(WebhookSender.class);
  private final WebhookService service = new WebhookService(subscriptions, sender, Clock.systemUTC());

  @Test
  void create_notStaff_isRefusedAndStoresNothing() {
    WebhookDraft draft = draft("https://hooks.example.org/x", Optional.of("a-secret-of-sixteen"));

    assertThatThrownBy(() -> service.create(new User("alice", false, false), draft))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> service.list(new User("", false, false)))
        .isInstanceOf(PermissionDeniedException.class);
    verify(subscriptions, never()).create(any(), anyString());
  }

  @Test
  void create_badUrlShortSecretUnknownCategory_namesEachField() {
    WebhookDraft draft = new WebhookDraft("ftp://hooks.example.org/x", Optional.of("short"),
        new WebhookFilter(Optional.empty(), Optional.empty(), Optional.of("party"), Set.of()), true);

    assertThatThrownBy(() -> service.create(STAFF, draft)).isInstanceOfSatisfying(ValidationException.class,
        refusal -> assertThat(refusal.errors()).containsOnlyKeys("url", "secret", "category"));
  }

  @Test
  void create_addressTheSenderRefuses_isRefusedOnTheUrl() {
    when(sender.refusal("http://10.0.0.7/hook")).thenReturn(Optional.of("private address"));

    assertThatThrownBy(() -> service.create(STAFF, draft("http://10.0.0.7/hook", Optional.of("a-secret-of-sixteen"))))
        .isInstanceOfSatisfying(ValidationException.class,
            refusal -> assertThat(refusal.errors()).containsEntry("url", java.util.List.of("private address")));
  }

  @Test
  void create_withoutSecret_isRefused() {
    assertThatThrownBy(() -> service.create(STAFF, draft("https://hooks.example.org/x", Optional.empty())))
        .isInstanceOfSatisfying(ValidationException.class,
            refusal -> assertThat(refusal.errors()).containsOnlyKeys("secret"));
  }

  @Test
  void filter_typesAndCategory_matchOnlyThoseEvents() {
    WebhookFilter filter = new WebhookFilter(Optional.of("ogg"), Optional.empty(), Optional.of("weather"),
        Set.of(ChangeEvent.Type.CREATED));
    var weather = new org.observatory.downtime.core.model.Downtime(1, java.time.Instant.EPOCH,
        java.time.Instant.EPOCH.plusSeconds(60), "ogg", "clma", "2m0a", "", "", java.time.Instant.EPOCH,
        java.time.Instant.EPOCH, "", null, "weather");

    assertThat(filter.matches(new ChangeEvent(1, ChangeEvent.Type.CREATED, java.time.Instant.EPOCH, "", weather,
        null))).isTrue();
    assertThat(filter.matches(new ChangeEvent(2, ChangeEvent.Type.DELETED, java.time.Instant.EPOCH, "", null,
        weather))).isFalse();
  }

  private static WebhookDraft draft(String url, Optional<String> secret) {
    return new WebhookDraft(url, secret, WebhookFilter.ALL, true);
  }
}
