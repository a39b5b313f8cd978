package org.observatory.downtime.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Timestamps;

/** The shortcuts of {@link DowntimeValues} write the same bytes as plain {@code writeString}. */
class DowntimeValuesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private interface Writing {
    void to(JsonGenerator g) throws IOException;
  }

  private static String json(Writing writing) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.writeStartArray();
      writing.to(g);
      g.writeEndArray();
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void code_repeatedAndEscapedValues_sameAsWriteString() throws IOException {
    List<String> codes = List.of("ogg", "", "1M0-SCICAM-SINISTRO", "q\"uote\\", "tab\tand\u0001", "é ü ✓ 😀", "ogg",
        "x".repeat(65), "q\"uote\\");
    DowntimeValues values = new DowntimeValues();
    String shortcut = json(g -> {
      for (String code : codes) {
        values.code(g, code);
      }
      values.code(g, null);
    });
    String plain = json(g -> {
      for (String code : codes) {
        g.writeString(code);
      }
      g.writeString((String) null);
    });
    assertThat(shortcut).isEqualTo(plain);
  }

  @Test
  void time_fourDigitAndOtherYears_sameAsWriteStringOfTheFormattedTime() throws IOException {
    List<Instant> times = List.of(Instant.parse("2020-03-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.9Z"),
        Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-06-01T12:00:00Z"), Instant.EPOCH);
    DowntimeValues values = new DowntimeValues();
    String shortcut = json(g -> {
      for (Instant time : times) {
        values.time(g, time);
      }
    });
    String plain = json(g -> {
      for (Instant time : times) {
        g.writeString(Timestamps.format(time));
      }
    });
    assertThat(shortcut).isEqualTo(plain);
  }
}
