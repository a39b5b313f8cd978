package org.observatory.downtime.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Issue 12 §4: staff manage webhook subscriptions through {@code /api/webhooks/}; the secret is write-only. */
abstract class WebhookApiContract extends RealPortContract {

  static final String SECRET = "a-secret-nobody-reads-back";
  static final String VALID = "{\"url\":\"https://hooks.example.org/downtime\",\"secret\":\"" + SECRET + "\","
      + "\"site\":\"ogg\",\"event_types\":[\"downtime.created\",\"downtime.deleted\"]}";

  @Test
  void create_byStaff_answers201WithoutTheSecret() {
    HttpResponse<String> created = api.post("/api/webhooks/").as("staff").json(VALID).send();

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).doesNotContain(SECRET).contains("\"has_secret\":true");
    JsonNode body = ReadApiContract.json(created);
    assertThat(body.get("url").asText()).isEqualTo("https://hooks.example.org/downtime");
    assertThat(body.get("site").asText()).isEqualTo("ogg");
    assertThat(body.get("telescope").isNull()).isTrue();
    assertThat(body.get("event_types")).extracting(JsonNode::asText)
        .containsExactly("downtime.created", "downtime.deleted");
    assertThat(body.get("active").asBoolean()).isTrue();
    assertThat(body.get("created_by").asText()).isEqualTo("staff");
    assertThat(body.get("created").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  }

  @Test
  void readAndList_afterAChange_showTheBacklogNeverTheSecret() {
    long id = ReadApiContract.json(api.post("/api/webhooks/").as("staff").json(VALID).send()).get("id").asLong();
    createdId(WriteApiContract.VALID);

    HttpResponse<String> one = api.get("/api/webhooks/" + id + "/").as("root").send();
    HttpResponse<String> list = api.get("/api/webhooks/").as("staff").send();

    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(one.body()).doesNotContain(SECRET);
    assertThat(ReadApiContract.json(one).get("backlog").asLong()).as("no worker runs here").isEqualTo(1);
    assertThat(ReadApiContract.json(one).get("recent").isArray()).isTrue();
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(SECRET).contains("\"id\":" + id + ",");
  }

  @Test
  void everyRoute_anonymousOrNotStaff_isRefused() {
    assertThat(api.get("/api/webhooks/").send().statusCode()).isEqualTo(401);
    assertThat(api.post("/api/webhooks/").json(VALID).send().statusCode()).isEqualTo(401);
    assertThat(api.get("/api/webhooks/").as("alice").send().statusCode()).isEqualTo(403);
    assertThat(api.post("/api/webhooks/").as("alice").json(VALID).send().statusCode()).isEqualTo(403);
    long id = ReadApiContract.json(api.post("/api/webhooks/").as("staff").json(VALID).send()).get("id").asLong();
    assertThat(api.get("/api/webhooks/" + id + "/").as("alice").send().statusCode()).isEqualTo(403);
    assertThat(api.delete("/api/webhooks/" + id + "/").as("bob").send().statusCode()).isEqualTo(403);
    assertThat(api.patch("/api/webhooks/" + id + "/").json("{\"active\":false}").send().statusCode()).isEqualTo(401);
  }

  @Test
  void create_badFields_answers400NamingEachField() {
    HttpResponse<String> refused = api.post("/api/webhooks/").as("staff")
        .json("{\"url\":\"ftp://hooks.example.org/\",\"secret\":\"short\",\"category\":\"party\","
            + "\"event_types\":[\"downtime.exploded\"],\"active\":\"yes\"}").send();
    HttpResponse<String> missing = api.post("/api/webhooks/").as("staff").json("{}").send();

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(ReadApiContract.json(refused).fieldNames()).toIterable().contains("event_types", "active");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(ReadApiContract.json(missing).fieldNames()).toIterable().containsExactly("url", "secret");
    HttpResponse<String> wrongValues = api.post("/api/webhooks/").as("staff")
        .json("{\"url\":\"ftp://hooks.example.org/\",\"secret\":\"short\",\"category\":\"party\"}").send();
    assertThat(ReadApiContract.json(wrongValues).fieldNames()).toIterable()
        .containsExactly("url", "secret", "category");
  }

  @Test
  void patchThenDelete_changesKeepTheSecretThenTheSubscriptionIsGone() {
    long id = ReadApiContract.json(api.post("/api/webhooks/").as("staff").json(VALID).send()).get("id").asLong();

    HttpResponse<String> patched = api.patch("/api/webhooks/" + id + "/").as("staff")
        .json("{\"active\":false,\"site\":null}").send();
    HttpResponse<String> deleted = api.delete("/api/webhooks/" + id + "/").as("staff").send();

    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    assertThat(ReadApiContract.json(patched).get("active").asBoolean()).isFalse();
    assertThat(ReadApiContract.json(patched).get("site").isNull()).isTrue();
    assertThat(ReadApiContract.json(patched).get("url").asText()).isEqualTo("https://hooks.example.org/downtime");
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(api.get("/api/webhooks/" + id + "/").as("staff").send().statusCode()).isEqualTo(404);
  }

  @Test
  void redeliver_unknownOrMalformedDelivery_isRefused() {
    long id = ReadApiContract.json(api.post("/api/webhooks/").as("staff").json(VALID).send()).get("id").asLong();

    HttpResponse<String> unknown = api.post("/api/webhooks/" + id + "/redeliver/").as("staff")
        .json("{\"delivery\":\"6f1c2b7e-8d7a-4f1e-9a57-3b0d6c2a9e11\"}").send();
    HttpResponse<String> malformed = api.post("/api/webhooks/" + id + "/redeliver/").as("staff")
        .json("{\"delivery\":\"soon\"}").send();

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("delivery");
  }
}
