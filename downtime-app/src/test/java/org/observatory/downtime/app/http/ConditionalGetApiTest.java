package org.observatory.downtime.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.app.http.ReadApiContract.json;

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
  private final ApiClient api = new ApiClient(stack.baseUrl());

  @AfterEach
  void stop() {
    stack.close();
  }

  @Test
  void list_etagRoundTrip_304UntilAWriteChangesTheAnswer() {
    api.post("/api/").as("staff").json(DOWNTIME).send();
    HttpResponse<String> first = api.get("/api/?site=ogg").send();
    String tag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again = ifNoneMatch("/api/?site=ogg", tag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();

    api.post("/api/").as("staff").json(DOWNTIME).send();
    HttpResponse<String> changed = ifNoneMatch("/api/?site=ogg", tag);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(json(changed).get("count").asInt()).isEqualTo(2);
    assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);
  }

  @Test
  void detail_etagChangesWithAnUpdate() {
    long id = json(api.post("/api/").as("staff").json(DOWNTIME).send()).get("id").asLong();
    String tag = api.get("/api/" + id + "/").send().headers().firstValue("ETag").orElseThrow();
    assertThat(ifNoneMatch("/api/" + id + "/", tag).statusCode()).isEqualTo(304);

    api.patch("/api/" + id + "/").as("staff").json("{\"reason\": \"Changed\"}").send();

    HttpResponse<String> changed = ifNoneMatch("/api/" + id + "/", tag);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(json(changed).get("reason").asText()).isEqualTo("Changed");
  }

  @Test
  void errorsAndOtherTags_areAnsweredInFull() {
    assertThat(api.get("/api/12345/").send().headers().firstValue("ETag")).isEmpty();
    HttpResponse<String> other = ifNoneMatch("/api/", "W/\"something-else\"");
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(json(other).get("count").asInt()).isZero();
  }

  private HttpResponse<String> ifNoneMatch(String path, String tag) {
    return api.get(path).header("If-None-Match", tag).send();
  }
}
