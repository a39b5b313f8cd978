package org.observatory.downtime.http.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Objects;

/**
 * Renders the precompiled jte templates (auto-escaped HTML) of this module; shared by the web pages and the
 * API's HTML view.
 */
public final class JteRenderer {

  private final TemplateEngine engine;

  /** A renderer of the templates compiled into this jar. */
  public JteRenderer() {
    this(TemplateEngine.createPrecompiled(ContentType.Html));
  }

  public JteRenderer(TemplateEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  /**
   * Renders a template to a string.
   *
   * @param template path under {@code src/main/jte}, e.g. {@code "web/index.jte"}
   * @param page     the template's single {@code @param}, its page model
   */
  public String render(String template, Object page) {
    StringOutput output = new StringOutput(16 * 1024);
    engine.render(template, page, output);
    return output.toString();
  }

  /** Renders a template as the HTML answer of a request. */
  public void render(Context ctx, String template, Object page) {
    ctx.html(render(template, page));
  }
}
