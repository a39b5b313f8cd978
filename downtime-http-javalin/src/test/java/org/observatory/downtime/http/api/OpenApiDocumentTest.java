package org.observatory.downtime.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI document served at {@code /openapi/} is a valid OpenAPI 3 document, as swagger-parser reads it. */
class OpenApiDocumentTest {

  private static SwaggerParseResult parse() throws IOException {
    String text;
    try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/api/openapi.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ParseOptions options = new ParseOptions();
    // Every $ref resolved, so a reference to a schema that does not exist is reported.
    options.setResolve(true);
    options.setResolveFully(true);
    return new OpenAPIParser().readContents(text, null, options);
  }

  @Test
  void openApiDocument_parsedBySwaggerParser_hasNoErrorOrWarning() throws IOException {
    SwaggerParseResult result = parse();

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.0");
  }

  @Test
  void everyOperation_documentsItsAnswers() throws IOException {
    OpenAPI document = parse().getOpenAPI();
    List<String> undocumented = new ArrayList<>();

    document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
      if (!answersDocumented(operation)) {
        undocumented.add(method + " " + path);
      }
    }));

    assertThat(document.getPaths()).isNotEmpty();
    assertThat(undocumented).as("operations without responses").isEmpty();
  }

  private static boolean answersDocumented(Operation operation) {
    return operation.getResponses() != null && !operation.getResponses().isEmpty();
  }
}
