package org.observatory.downtime.http.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import org.observatory.downtime.http.template.TemplateRenderer;

/** Sends an API answer as JSON, or as its readable HTML rendering when a browser asks for HTML. */
public final class ApiResponder {

  private final ObjectMapper mapper;
  private final TemplateRenderer renderer;

  public ApiResponder(ObjectMapper mapper, TemplateRenderer renderer) {
    this.mapper = mapper;
    this.renderer = renderer;
  }

  /** Sends {@code json} with {@code status}; {@code title} names the answer in its HTML rendering. */
  public void send(Context ctx, int status, byte[] json, String title) {
    send(ctx, status, json, title, null, null);
  }

  /** As {@link #send(Context, int, byte[], String)}, with page links ({@code null} for none) in the HTML view. */
  void send(Context ctx, int status, byte[] json, String title, String next, String previous) {
    ctx.status(status);
    if (Negotiation.wantsHtml(ctx)) {
      renderer.render(ctx, "api/response.jte", page(ctx, status, json, title, next, previous));
    } else {
      EntityTags.tagSent(ctx, json);
      ctx.contentType("application/json").result(json);
    }
  }

  private ApiPage page(Context ctx, int status, byte[] json, String title, String next, String previous) {
    String query = ctx.queryString();
    String path = ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
    String jsonUrl = ctx.path() + "?" + (query == null || query.isEmpty() ? "" : query + "&") + "format=json";
    return new ApiPage(title, ctx.method().name(), path, status, pretty(json), next, previous, jsonUrl);
  }

  private String pretty(byte[] json) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(json));
    } catch (IOException e) {
      return new String(json, java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
