package org.observatory.downtime.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** Issue 3: the observatory's scheduler and portal, replayed request by request against a real port. */
abstract class ClientReplayContract extends RealPortContract {

  /** Issue 3: exactly what the observatory's scheduler and portal send, parsed exactly as they parse it. */
  @Test
  void clientReplay_schedulerAndPortal_workUnchanged() {
    String reason = "Replay " + System.nanoTime();
    HttpResponse<String> posted = api.post("/api/").as("staff").json("{\"start\":\"2026-11-23T10:00:00.123456+00:00\","
        + "\"end\":\"2026-11-23T14:30:00.654321+00:00\",\"site\":\"coj\",\"enclosure\":\"doma\",\"telescope\":\"1m0a\","
        + "\"instrument_type\":\"\",\"reason\":\"" + reason + "\"}").send();
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);

    // The scheduler: no credentials, reads only "results" of the first page, parses with the exact pattern.
    HttpResponse<String> scheduler = api.get("/api/?ends_after=2026-11-23%2000:00:00&starts_before=2026-12-07%2000:00:00").send();
    assertThat(scheduler.statusCode()).isEqualTo(200);
    DateTimeFormatter pattern = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    JsonNode mine = null;
    for (JsonNode row : ReadApiContract.json(scheduler).get("results")) {
      LocalDateTime.parse(row.get("start").asText(), pattern);
      LocalDateTime.parse(row.get("end").asText(), pattern);
      if (row.get("reason").asText().equals(reason)) {
        mine = row;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.get("start").asText()).isEqualTo("2026-11-23T10:00:00Z");
    assertThat(mine.get("end").asText()).isEqualTo("2026-11-23T14:30:00Z");

    // The portal: everything at once, then find by telescope and exact reason, then delete.
    HttpResponse<String> all = api.get("/api/?limit=10000").send();
    assertThat(ReadApiContract.json(all).get("next").isNull()).isTrue();
    HttpResponse<String> found = api.get("/api/?site=coj&enclosure=doma&telescope=1m0a&reason_exact="
        + URLEncoder.encode(reason, StandardCharsets.UTF_8)).send();
    assertThat(ReadApiContract.json(found).get("count").asLong()).isEqualTo(1);
    long id = ReadApiContract.json(found).get("results").get(0).get("id").asLong();
    assertThat(api.delete("/api/" + id + "/").as("staff").send().statusCode()).isEqualTo(204);
  }
}
