package org.observatory.downtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.http.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.observatory.downtime.core.fixtures.Drafts;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;

/** DESIGN §3.1–3.2 over a real port: the representation, the list, its filters, ordering and paging links. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListApiTest {

  private TestServer server;
  private final List<Downtime> rows = new ArrayList<>();

  @BeforeAll
  void start() {
    server = TestServer.start();
    rows.add(server.seed(Drafts.aDraft(Instant.parse("2026-12-01T10:00:00Z"), 2).withReason("Mirror recoat")));
    rows.add(server.seed(Drafts.aDraft(Instant.parse("2026-12-02T10:00:00Z"), 2).withReason("mirror CLEANING")
        .withInstrumentType("2M0-SCICAM-MUSCAT")));
    rows.add(server.seed(new DowntimeDraft(Instant.parse("2026-12-03T10:00:00Z"), Instant.parse("2026-12-03T11:30:00Z"),
        "coj", "doma", "1m0a", "", "Engineering", "", null)));
    rows.add(server.seed(new DowntimeDraft(Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-12-05T00:00:00Z"),
        "ogg", "clma", "0m4b", "", "Education", "", null)));
    rows.add(server.seed(new DowntimeDraft(Instant.parse("2026-12-04T10:00:00.654321Z"),
        Instant.parse("2026-12-04T12:00:00Z"), "coj", "doma", "1m0a", "1M0-NRES-SCICAM", "Real-time block", "", null)));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private long id(int index) {
    return rows.get(index).id();
  }

  private List<Long> ids(String path) {
    HttpResponse<String> response = server.get(path);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    json(response).get("results").forEach(row -> ids.add(row.get("id").asLong()));
    return ids;
  }

  @Test
  void detail_representation_contractKeysInOrderAndWholeSecondUtcDates() {
    HttpResponse<String> response = server.get("/api/" + id(4) + "/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(response.body()).startsWith("{\"id\":" + id(4) + ",\"start\":\"2026-12-04T10:00:00Z\","
        + "\"end\":\"2026-12-04T12:00:00Z\",\"site\":\"coj\",\"enclosure\":\"doma\",\"telescope\":\"1m0a\","
        + "\"instrument_type\":\"1M0-NRES-SCICAM\",\"reason\":\"Real-time block\",\"created_by\":\"staff\",\"created\":\"");
  }

  @Test
  void list_noParameters_everyDowntimeInCreationOrderWithNullLinks() {
    HttpResponse<String> response = server.get("/api/");

    assertThat(response.body()).startsWith("{\"count\":5,\"next\":null,\"previous\":null,\"results\":[{\"id\":" + id(0) + ",");
    assertThat(ids("/api/")).containsExactly(id(0), id(1), id(2), id(3), id(4));
  }

  @Test
  void list_paging_linksAreAbsoluteWithEffectiveLimitAndSortedParameters() {
    String base = server.base() + "/api/";

    JsonNode first = json(server.get("/api/?limit=2&site=ogg&site=coj"));
    assertThat(first.get("previous").isNull()).isTrue();
    assertThat(first.get("next").asText()).isEqualTo(base + "?limit=2&offset=2&site=ogg&site=coj");

    JsonNode second = json(server.get("/api/?limit=2&offset=2&site=ogg&site=coj"));
    assertThat(second.get("previous").asText()).isEqualTo(base + "?limit=2&site=ogg&site=coj");
    assertThat(second.get("next").asText()).isEqualTo(base + "?limit=2&offset=4&site=ogg&site=coj");

    JsonNode last = json(server.get("/api/?limit=2&offset=4"));
    assertThat(last.get("next").isNull()).isTrue();
    assertThat(last.get("previous").asText()).isEqualTo(base + "?limit=2&offset=2");
    assertThat(last.get("results")).hasSize(1);
  }

  @Test
  void list_badLimitOrOffset_meansTheDefaults() {
    for (String query : List.of("limit=0", "limit=-3", "limit=abc", "offset=-1&limit=", "offset=x")) {
      assertThat(ids("/api/?" + query)).as(query).hasSize(5);
    }
  }

  @Test
  void list_datesInEveryAcceptedForm_filterInclusively() {
    assertThat(ids("/api/?starts_after=2026-12-03%2010:00:00")).containsExactly(id(2), id(4));
    assertThat(ids("/api/?starts_after=2026-12-03%2010:00")).containsExactly(id(2), id(4));
    assertThat(ids("/api/?starts_after=2026-12-03T11:00:00%2B01:00")).containsExactly(id(2), id(4));
    assertThat(ids("/api/?starts_after=2026-12-03T10:00:00.000001Z")).containsExactly(id(4));
    assertThat(ids("/api/?starts_before=2026-12-01")).containsExactly(id(3));
    assertThat(ids("/api/?ends_before=2026-12-02T12:00:00Z")).containsExactly(id(0), id(1));
    assertThat(ids("/api/?created_before=2000-01-01")).isEmpty();
  }

  @Test
  void list_codesAndReason() {
    assertThat(ids("/api/?site=coj")).containsExactly(id(2), id(4));
    assertThat(ids("/api/?telescope=0m4b&telescope=1m0a")).containsExactly(id(2), id(3), id(4));
    assertThat(ids("/api/?reason=MIRROR")).containsExactly(id(0), id(1));
    assertThat(ids("/api/?reason_exact=Mirror%20recoat")).containsExactly(id(0));
    assertThat(ids("/api/?reason=&reason_exact=")).hasSize(5);
    assertThat(ids("/api/?colour=blue&page=3")).hasSize(5);
  }

  @Test
  void list_orderAndOrdering() {
    assertThat(ids("/api/?order=-start")).containsExactly(id(4), id(2), id(1), id(0), id(3));
    assertThat(ids("/api/?order=end,start")).containsExactly(id(0), id(1), id(2), id(4), id(3));
    assertThat(ids("/api/?ordering=-site,reason")).containsExactly(id(3), id(0), id(1), id(2), id(4));
    assertThat(ids("/api/?ordering=nonsense")).containsExactly(id(0), id(1), id(2), id(3), id(4));
  }

  @Test
  void list_oneBadDate_exactBody() {
    HttpResponse<String> response = server.get("/api/?ends_before=2026-13-45");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"ends_before\":[\"Enter a valid date/time.\"]}");
  }

  @Test
  void list_repeatedQuestion_sameBytesAndTag_untilAWrite() {
    HttpResponse<String> first = server.get("/api/?site=ogg");
    HttpResponse<String> again = server.get("/api/?limit=1000&site=ogg");
    String tag = first.headers().firstValue("ETag").orElseThrow();

    assertThat(server.get("/api/?site=ogg", "If-None-Match", tag).statusCode()).isEqualTo(304);
    assertThat(again.body()).isEqualTo(first.body());
    try (TestServer other = TestServer.start()) {
      other.seed(Drafts.aDraft());
      assertThat(json(other.get("/api/?site=ogg")).get("count").asInt()).isEqualTo(1);
      other.seed(Drafts.aDraft());
      assertThat(json(other.get("/api/?site=ogg")).get("count").asInt()).isEqualTo(2);
    }
  }
}
