package org.observatory.downtime.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.model.Timestamps;

/** {@link JsonBytes} and the representation built on it write the bytes Jackson's generator writes. */
class JsonBytesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private interface Writing {
    void to(JsonGenerator g) throws IOException;
  }

  private static String jackson(Writing writing) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      writing.to(g);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String ours(JsonBytes json) {
    return new String(json.toByteArray(), StandardCharsets.UTF_8);
  }

  @Test
  void string_randomTextOfEveryKindOfCharacter_sameAsJackson() throws IOException {
    // Control characters, quotes, backslashes, DEL, Latin-1, CJK, and pairs outside the Basic Multilingual Plane.
    String alphabet = "\u0000\u0001\u0008\t\n\u000b\u000c\r\u001f \"\\/'<>&aZ09~\u007f\u0080éü\u07ff\u0800✓漢\uffef😀𝄞";
    Random random = new Random(11);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      while (text.length() < length) {
        int at = random.nextInt(alphabet.length());
        char c = alphabet.charAt(at);
        text.append(Character.isHighSurrogate(c) ? alphabet.substring(at, at + 2) : Character.isLowSurrogate(c)
            ? alphabet.substring(at - 1, at + 1) : String.valueOf(c));
      }
      String value = text.toString();
      JsonBytes json = new JsonBytes(MAPPER, 8);
      json.string(value).raw(',').code(value).raw(',').code(value);
      assertThat(ours(json)).as("%s", value)
          .isEqualTo(jackson(g -> g.writeString(value)) + "," + jackson(g -> g.writeString(value)) + ","
              + jackson(g -> g.writeString(value)));
    }
  }

  @Test
  void code_repeatedNullAndLongValues_sameAsJackson() throws IOException {
    List<String> codes = List.of("ogg", "", "1M0-SCICAM-SINISTRO", "q\"uote\\", "tab\tand\u0001", "é ü ✓ 😀", "ogg",
        "x".repeat(65), "q\"uote\\");
    JsonBytes json = new JsonBytes(MAPPER, 4);
    json.raw('[');
    for (String code : codes) {
      json.code(code).raw(',');
    }
    json.code(null).raw(']');
    assertThat(ours(json)).isEqualTo(jackson(g -> {
      g.writeStartArray();
      for (String code : codes) {
        g.writeString(code);
      }
      g.writeString((String) null);
      g.writeEndArray();
    }));
  }

  @Test
  void timeAndNumbers_sameAsJacksonWritingTheFormattedTime() throws IOException {
    List<Instant> times = List.of(Instant.parse("2020-03-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.9Z"),
        Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-06-01T12:00:00Z"), Instant.EPOCH);
    JsonBytes json = new JsonBytes(MAPPER, 4);
    json.raw('[');
    for (Instant time : times) {
      json.time(time).raw(',');
    }
    json.number(Long.MIN_VALUE).raw(',').number(0).raw(',').number(Long.MAX_VALUE).raw(',').nullable(null).raw(',')
        .nullable(42L).raw(']');
    assertThat(ours(json)).isEqualTo(jackson(g -> {
      g.writeStartArray();
      for (Instant time : times) {
        g.writeString(Timestamps.format(time));
      }
      g.writeNumber(Long.MIN_VALUE);
      g.writeNumber(0);
      g.writeNumber(Long.MAX_VALUE);
      g.writeNull();
      g.writeNumber(42L);
      g.writeEndArray();
    }));
  }

  @Test
  void page_sameAsJacksonWritingTheContractsKeysInOrder() throws IOException {
    Random random = new Random(3);
    List<Downtime> downtimes = new ArrayList<>();
    for (long id = 1; id <= 50; id++) {
      Instant start = Instant.ofEpochSecond(1_600_000_000L + random.nextInt(100_000_000));
      downtimes.add(new Downtime(id, start, start.plusSeconds(3_600 + random.nextInt(100_000)),
          random.nextBoolean() ? "ogg" : "cpt", "clma", random.nextBoolean() ? "2m0a" : "1m0a",
          random.nextBoolean() ? "" : "1M0-SCICAM-SINISTRO", id % 7 == 0 ? "Mirror \"recoat\"\n\u00e9 😀" : "Engineering",
          start.minusSeconds(86_400), start.minusSeconds(3_600), id % 3 == 0 ? "" : "ops", id % 4 == 0 ? id : null,
          id % 5 == 0 ? null : "maintenance"));
    }
    DowntimePage page = new DowntimePage(120, downtimes);
    String next = "http://127.0.0.1:8080/api/?limit=50&offset=50";
    byte[] ours = new ApiRepresentation(MAPPER).page(page, next, null);

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("count", 120);
    expected.put("next", next);
    expected.put("previous", null);
    List<Map<String, Object>> results = new ArrayList<>();
    for (Downtime d : downtimes) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", d.id());
      row.put("start", Timestamps.format(d.start()));
      row.put("end", Timestamps.format(d.end()));
      row.put("site", d.site());
      row.put("enclosure", d.enclosure());
      row.put("telescope", d.telescope());
      row.put("instrument_type", d.instrumentType());
      row.put("reason", d.reason());
      row.put("created_by", d.createdBy());
      row.put("created", Timestamps.format(d.created()));
      row.put("modified", Timestamps.format(d.modified()));
      row.put("series", d.seriesId());
      row.put("category", d.category());
      results.add(row);
    }
    expected.put("results", results);
    // As bytes: Jackson's byte generator (the one answers were written with) escapes pairs outside the BMP.
    assertThat(new String(ours, StandardCharsets.UTF_8))
        .isEqualTo(new String(MAPPER.writeValueAsBytes(expected), StandardCharsets.UTF_8));
    assertThat(new ApiRepresentation(MAPPER).one(downtimes.get(6)))
        .isEqualTo(MAPPER.writeValueAsBytes(results.get(6)));
  }
}
