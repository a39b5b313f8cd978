package org.observatory.downtime.http.template;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the precompiled jte templates (from {@code src/main/jte}, auto-escaped HTML) into an answer.
 *
 * <p>Shared by the API's HTML view and the web pages; one instance per server, thread-safe.
 */
public final class TemplateRenderer {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /**
   * Renders {@code template} (e.g. {@code "api/response.jte"}) with its single page-model parameter as the HTML body.
   */
  public void render(Context ctx, String template, Object model) {
    ctx.html(render(template, model));
  }

  /** Renders {@code template} with its page-model parameter to a string. */
  public String render(String template, Object model) {
    StringOutput output = new StringOutput();
    engine.render(template, model, output);
    return output.toString();
  }
}
