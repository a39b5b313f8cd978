package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.observatory.downtime.http.template.TemplateRenderer;

/** {@code GET /openapi/} (the OpenAPI 3 document) and {@code /api/docs/} (Swagger UI from the app's own webjar). */
final class ApiDocsHandler {

  static final String SPEC_RESOURCE = "/api/openapi.json";
  static final String INIT_RESOURCE = "/api/docs-init.js";
  private static final String SWAGGER_POM = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

  private final byte[] spec;
  private final byte[] init;
  private final String swaggerBase;
  private final TemplateRenderer renderer;

  ApiDocsHandler(TemplateRenderer renderer) {
    this.renderer = renderer;
    this.spec = resource(SPEC_RESOURCE);
    this.init = resource(INIT_RESOURCE);
    this.swaggerBase = "/webjars/swagger-ui/" + swaggerVersion();
  }

  void openapi(Context ctx) {
    ctx.contentType("application/json").result(spec);
  }

  void docs(Context ctx) {
    renderer.render(ctx, "api/docs.jte", new ApiDocsPage(swaggerBase, "/openapi/"));
  }

  void initScript(Context ctx) {
    ctx.contentType("text/javascript").result(init);
  }

  private static byte[] resource(String name) {
    try (InputStream in = ApiDocsHandler.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The webjar's path carries its version; read it from the jar so a version bump needs no code change.
  private static String swaggerVersion() {
    Properties properties = new Properties();
    try (InputStream in = ApiDocsHandler.class.getResourceAsStream(SWAGGER_POM)) {
      if (in == null) {
        throw new IllegalStateException("The swagger-ui webjar is missing from the class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
