package org.observatory.downtime.app.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check the contract suites' client applies: answers that drift from openapi.json fail, others pass. */
class OpenApiAnswersTest {

  private static final String DOWNTIME = "{\"id\":1,\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T12:00:00Z\","
      + "\"site\":\"ogg\",\"enclosure\":\"clma\",\"telescope\":\"2m0a\",\"instrument_type\":\"\",\"reason\":\"Mirror\","
      + "\"created\":\"2026-11-01T08:00:00Z\",\"modified\":\"2026-11-01T08:00:00Z\"}";

  private final OpenApiAnswers document = new OpenApiAnswers();

  private static HttpHeaders json() {
    return HttpHeaders.of(Map.of("Content-Type", List.of("application/json")), (name, value) -> true);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void check_answerAsDocumented_passes() {
    assertThatCode(() -> document.check("GET", "/api/1/", 200, json(), bytes(DOWNTIME))).doesNotThrowAnyException();
    assertThatCode(() -> document.check("GET", "/api/1/", 404, json(), bytes("{\"detail\":\"Not found.\"}")))
        .doesNotThrowAnyException();
  }

  @Test
  void check_bodyNotFittingTheSchema_failsNamingTheField() {
    assertThatThrownBy(() -> document.check("GET", "/api/1/", 200, json(), bytes(DOWNTIME.replace("\"id\":1", "\"id\":\"one\""))))
        .isInstanceOf(AssertionError.class).hasMessageContaining("GET /api/1/ answered 200").hasMessageContaining("/id");
  }

  @Test
  void check_statusTheDocumentDoesNotList_fails() {
    assertThatThrownBy(() -> document.check("GET", "/api/1/", 418, json(), bytes("{\"detail\":\"teapot\"}")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("418");
  }

  @Test
  void check_contentTypeTheDocumentDoesNotList_fails() {
    HttpHeaders csv = HttpHeaders.of(Map.of("Content-Type", List.of("text/csv")), (name, value) -> true);

    assertThatThrownBy(() -> document.check("GET", "/api/1/", 200, csv, bytes("id\n1\n")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("text/csv");
  }

  @Test
  void check_pathsOutsideTheApi_orUndocumentedMethods_areLeftAlone() {
    assertThatCode(() -> document.check("GET", "/admin/", 200, json(), bytes("<html>"))).doesNotThrowAnyException();
    assertThatCode(() -> document.check("TRACE", "/api/", 405, json(), bytes("{\"detail\":\"no\"}")))
        .doesNotThrowAnyException();
  }
}
