package org.observatory.downtime.app.http;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import io.swagger.v3.oas.models.PathItem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Checks an answer of a documented {@code /api} route against the service's own {@code openapi.json}: a status the
 * document lists for that operation, a content type it lists, and a body that fits the schema, headers included.
 * A drift between the code and its documentation fails the test that received the answer.
 */
final class OpenApiAnswers {

  private final OpenApiInteractionValidator validator;

  OpenApiAnswers() {
    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document())
        // "/api/1" and "/api/1/" are different operations here (a redirect and the detail).
        .withStrictOperationPathMatching()
        .withLevelResolver(LevelResolver.create()
            // The tests send wrong requests on purpose; what is checked is how the service answers them.
            .withLevel("validation.request", ValidationReport.Level.IGNORE)
            // A route the document does not list (a wrong method, an unknown path) is not a documented route:
            // RouteTableTest keeps the document and the route table equal.
            .withLevel("validation.response.path.missing", ValidationReport.Level.IGNORE)
            .withLevel("validation.response.operation.notAllowed", ValidationReport.Level.IGNORE)
            .build())
        // OpenAPI 3.0 cannot say "a body or none" for one status: a CORS preflight's 200 has none, the
        // endpoint description (the same operation without Access-Control-Request-Method) has one.
        .withWhitelist(ValidationErrorsWhitelist.create().withRule("CORS preflight answers have no body",
            WhitelistRules.allOf(WhitelistRules.methodIs(PathItem.HttpMethod.OPTIONS),
                WhitelistRules.messageHasKey("validation.response.body.missing"))))
        .build();
  }

  /**
   * Checks one answer of a request to {@code path} under {@code /api}; other paths are left alone.
   *
   * @throws AssertionError naming every way the answer differs from the document
   */
  void check(String method, String path, HttpResponse<byte[]> response) {
    check(method, path, response.statusCode(), response.headers(), decoded(response));
  }

  /** As {@link #check(String, String, HttpResponse)}, for an answer given by its parts (body not compressed). */
  void check(String method, String path, int status, HttpHeaders headers, byte[] body) {
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    if (!bare.startsWith("/api")) {
      return;
    }
    Request.Method documented;
    try {
      documented = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return; // a method OpenAPI has no word for is no documented operation
    }
    SimpleResponse.Builder answer = new SimpleResponse.Builder(status);
    headers.map().forEach((name, values) -> {
      // An empty body has no content to type (Jetty still names one for a preflight's empty 200).
      if (body.length > 0 || !name.equalsIgnoreCase("Content-Type")) {
        answer.withHeader(name, values);
      }
    });
    if (body.length > 0) {
      answer.withBody(new String(body, StandardCharsets.UTF_8));
    }
    ValidationReport report = validator.validateResponse(bare, documented, answer.build());
    if (report.hasErrors()) {
      throw new AssertionError(method + " " + path + " answered " + status
          + " unlike openapi.json:\n" + SimpleValidationReportFormat.getInstance().apply(report));
    }
  }

  // The document describes the content; a gzip transfer is the client's choice (Accept-Encoding).
  private static byte[] decoded(HttpResponse<byte[]> response) {
    if (response.body().length == 0
        || !response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
      return response.body();
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError("the gzip body of " + response.uri() + " cannot be read", e);
    }
  }

  private static String document() {
    try (InputStream in = OpenApiAnswers.class.getResourceAsStream("/api/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
