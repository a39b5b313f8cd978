package org.observatory.downtime.app.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.app.feature.FeatureClient.json;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.app.support.TestDatabase;
import org.observatory.downtime.app.support.TestStack;
import org.observatory.downtime.core.model.WriteAccess;

class ConditionalGetApiTest {

  private static final String DOWNTIME = """
      {"start": "2026-12-01T10:00:00Z", "end": "2026-12-01T12:00:00Z", "site": "ogg", "enclosure": "clma",
       "telescope": "2m0a", "reason": "Mirror recoat"}""";

  private final TestStack stack = TestStack.start(TestDatabase.sqlite(), WriteAccess.AUTHENTICATED);
  private final FeatureClient api = new FeatureClient(stack.baseUrl());

  @AfterEach
  void stop() {
    stack.close();
  }

  @Test
  void list_etagRoundTrip_304UntilAWriteChangesTheAnswer() {
    api.postJson("/api/", "staff", DOWNTIME);
    HttpResponse<String> first = api.get("/api/?site=ogg");
    String tag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again = ifNoneMatch("/api/?site=ogg", tag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();

    api.postJson("/api/", "staff", DOWNTIME);
    HttpResponse<String> changed = ifNoneMatch("/api/?site=ogg", tag);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(json(changed).get("count").asInt()).isEqualTo(2);
    assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);
  }

  @Test
  void detail_etagChangesWithAnUpdate() {
    long id = json(api.postJson("/api/", "staff", DOWNTIME)).get("id").asLong();
    String tag = api.get("/api/" + id + "/").headers().firstValue("ETag").orElseThrow();
    assertThat(ifNoneMatch("/api/" + id + "/", tag).statusCode()).isEqualTo(304);

    api.send(api.request("/api/" + id + "/", "staff").header("Content-Type", "application/json")
        .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"reason\": \"Changed\"}")));

    HttpResponse<String> changed = ifNoneMatch("/api/" + id + "/", tag);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(json(changed).get("reason").asText()).isEqualTo("Changed");
  }

  @Test
  void errorsAndOtherTags_areAnsweredInFull() {
    assertThat(api.get("/api/12345/").headers().firstValue("ETag")).isEmpty();
    HttpResponse<String> other = ifNoneMatch("/api/", "W/\"something-else\"");
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(json(other).get("count").asInt()).isZero();
  }

  private HttpResponse<String> ifNoneMatch(String path, String tag) {
    return api.send(api.request(path, null).header("If-None-Match", tag).GET());
  }
}
