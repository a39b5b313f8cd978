package org.observatory.downtime.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.Drafts;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;

/** DESIGN §3.1–3.2 on a real port: representation, list, filters, ordering, paging, their errors. */
abstract class ReadApiContract extends RealPortContract {

  static final ObjectMapper JSON = new ObjectMapper();

  final List<Downtime> rows = new ArrayList<>();

  /** A fresh, empty store. */
  @BeforeAll
  void seedDowntimes() {
    // Five downtimes a day apart on three telescopes, created in this order.
    rows.add(seed(Drafts.aDraft(Instant.parse("2026-12-01T10:00:00Z"), 2).withReason("Mirror recoat")));
    rows.add(seed(Drafts.aDraft(Instant.parse("2026-12-02T10:00:00Z"), 2).withReason("mirror CLEANING")
        .withInstrumentType("2M0-SCICAM-MUSCAT")));
    rows.add(seed(new DowntimeDraft(Instant.parse("2026-12-03T10:00:00Z"), Instant.parse("2026-12-03T11:30:00Z"),
        "coj", "doma", "1m0a", "", "Engineering", "", null)));
    rows.add(seed(new DowntimeDraft(Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-12-05T00:00:00Z"),
        "ogg", "clma", "0m4b", "", "Education", "", null)));
    rows.add(seed(new DowntimeDraft(Instant.parse("2026-12-04T10:00:00.654321Z"), Instant.parse("2026-12-04T12:00:00Z"),
        "coj", "doma", "1m0a", "1M0-NRES-SCICAM", "Real-time block", "", null)));
  }

  Downtime seed(DowntimeDraft draft) {
    return stack.database().downtimes().create(draft.withCreatedBy("staff"), "staff");
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Long> ids(HttpResponse<String> response) {
    List<Long> ids = new ArrayList<>();
    json(response).get("results").forEach(row -> ids.add(row.get("id").asLong()));
    return ids;
  }

  long id(int index) {
    return rows.get(index).id();
  }

  @Test
  void detail_representation_hasContractKeysInOrderAndWholeSecondUtcDates() {
    HttpResponse<String> response = api.get("/api/" + id(4) + "/").send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(response.body()).startsWith("{\"id\":" + id(4) + ",\"start\":\"2026-12-04T10:00:00Z\",\"end\":\"2026-12-04T12:00:00Z\","
        + "\"site\":\"coj\",\"enclosure\":\"doma\",\"telescope\":\"1m0a\",\"instrument_type\":\"1M0-NRES-SCICAM\","
        + "\"reason\":\"Real-time block\",\"created_by\":\"staff\",\"created\":\"");
    assertThat(json(response).get("created").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  }

  @Test
  void detail_unknownOrNonNumericId_isNotFound() {
    // As DRF 3.15: a whole number that is no downtime names the model; anything else the URL cannot match.
    for (String path : List.of("/api/987654/", "/api/-1/", "/api/0/")) {
      HttpResponse<String> response = api.get(path).send();
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).isEqualTo("{\"detail\":\"No Downtime matches the given query.\"}");
    }
    for (String path : List.of("/api/abc/", "/api/1.5/")) {
      HttpResponse<String> response = api.get(path).send();
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).isEqualTo("{\"detail\":\"Not found.\"}");
    }
  }

  @Test
  void list_noParameters_everyDowntimeInCreationOrderWithNullLinks() {
    HttpResponse<String> response = api.get("/api/").send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("{\"count\":5,\"next\":null,\"previous\":null,\"results\":[{\"id\":" + id(0) + ",");
    assertThat(ids(response)).containsExactly(id(0), id(1), id(2), id(3), id(4));
  }

  @Test
  void list_paging_linksAreAbsoluteWithEffectiveLimitAndSortedParameters() {
    String base = api.base + "/api/";

    JsonNode first = json(api.get("/api/?limit=2&site=ogg&site=coj").send());
    assertThat(first.get("count").asLong()).isEqualTo(5);
    assertThat(first.get("previous").isNull()).isTrue();
    assertThat(first.get("next").asText()).isEqualTo(base + "?limit=2&offset=2&site=ogg&site=coj");

    JsonNode second = json(api.get("/api/?limit=2&offset=2&site=ogg&site=coj").send());
    assertThat(second.get("previous").asText()).isEqualTo(base + "?limit=2&site=ogg&site=coj");
    assertThat(second.get("next").asText()).isEqualTo(base + "?limit=2&offset=4&site=ogg&site=coj");

    JsonNode last = json(api.get("/api/?limit=2&offset=4").send());
    assertThat(last.get("next").isNull()).isTrue();
    assertThat(last.get("previous").asText()).isEqualTo(base + "?limit=2&offset=2");
    assertThat(last.get("results")).hasSize(1);
  }

  @Test
  void list_badLimitOrOffset_meansTheDefaults() {
    for (String query : List.of("limit=0", "limit=-3", "limit=abc", "offset=-1&limit=", "offset=x")) {
      HttpResponse<String> response = api.get("/api/?" + query).send();
      assertThat(response.statusCode()).as(query).isEqualTo(200);
      assertThat(ids(response)).as(query).hasSize(5);
    }
  }

  @Test
  void list_datesInEveryAcceptedForm_filterInclusively() {
    assertThat(ids(api.get("/api/?starts_after=2026-12-03%2010:00:00").send())).containsExactly(id(2), id(4));
    assertThat(ids(api.get("/api/?starts_after=2026-12-03%2010:00").send())).containsExactly(id(2), id(4));
    assertThat(ids(api.get("/api/?starts_after=2026-12-03T10:00:00").send())).containsExactly(id(2), id(4));
    assertThat(ids(api.get("/api/?starts_after=2026-12-03T11:00:00%2B01:00").send())).containsExactly(id(2), id(4));
    assertThat(ids(api.get("/api/?starts_after=2026-12-03T10:00:00.000001Z").send())).containsExactly(id(4));
    assertThat(ids(api.get("/api/?starts_before=2026-12-01").send())).containsExactly(id(3));
    assertThat(ids(api.get("/api/?ends_before=2026-12-02T12:00:00Z").send())).containsExactly(id(0), id(1));
    assertThat(ids(api.get("/api/?ends_after=2026-12-04T12:00:00Z").send())).containsExactly(id(3), id(4));
    assertThat(ids(api.get("/api/?created_after=2000-01-01&modified_before=2100-01-01").send())).hasSize(5);
    assertThat(ids(api.get("/api/?created_before=2000-01-01").send())).isEmpty();
  }

  @Test
  void list_codes_exactAndRepeatable() {
    assertThat(ids(api.get("/api/?site=coj").send())).containsExactly(id(2), id(4));
    assertThat(ids(api.get("/api/?telescope=0m4b&telescope=1m0a").send())).containsExactly(id(2), id(3), id(4));
    assertThat(ids(api.get("/api/?enclosure=clma&instrument_type=2M0-SCICAM-MUSCAT").send())).containsExactly(id(1));
  }

  @Test
  void list_reason_substringIgnoringCaseAndExact() {
    assertThat(ids(api.get("/api/?reason=MIRROR").send())).containsExactly(id(0), id(1));
    assertThat(ids(api.get("/api/?reason_exact=Mirror%20recoat").send())).containsExactly(id(0));
    assertThat(ids(api.get("/api/?reason_exact=mirror%20recoat").send())).isEmpty();
    assertThat(ids(api.get("/api/?reason=&reason_exact=").send())).hasSize(5);
  }

  @Test
  void list_emptyChoiceFilter_isRefusedAsTheOldServiceDid() {
    HttpResponse<String> response = api.get("/api/?site=&telescope=").send();

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"site\":[\"Select a valid choice.  is not one of the available choices.\"],"
        + "\"telescope\":[\"Select a valid choice.  is not one of the available choices.\"]}");
  }

  @Test
  void list_unknownParameters_areIgnored() {
    assertThat(ids(api.get("/api/?colour=blue&page=3").send())).hasSize(5);
  }

  @Test
  void list_order_andOrdering() {
    assertThat(ids(api.get("/api/?order=-start").send())).containsExactly(id(4), id(2), id(1), id(0), id(3));
    assertThat(ids(api.get("/api/?order=end,start").send())).containsExactly(id(0), id(1), id(2), id(4), id(3));
    assertThat(ids(api.get("/api/?ordering=-site,reason").send())).containsExactly(id(3), id(0), id(1), id(2), id(4));
    assertThat(ids(api.get("/api/?ordering=nonsense").send())).containsExactly(id(0), id(1), id(2), id(3), id(4));
  }

  @Test
  void list_invalidFilters_everyFailingFieldInOneAnswer() {
    HttpResponse<String> response = api.get("/api/?starts_after=yesterday&site=nop&order=foo").send();

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = json(response);
    assertThat(body.get("site").toString()).isEqualTo("[\"Select a valid choice. nop is not one of the available choices.\"]");
    assertThat(body.get("starts_after").toString()).isEqualTo("[\"Enter a valid date/time.\"]");
    assertThat(body.get("order").toString()).isEqualTo("[\"Select a valid choice. foo is not one of the available choices.\"]");
    assertThat(body.size()).isEqualTo(3);
  }

  @Test
  void list_oneBadDate_exactBody() {
    HttpResponse<String> response = api.get("/api/?ends_before=2026-13-45").send();

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"ends_before\":[\"Enter a valid date/time.\"]}");
  }
}
