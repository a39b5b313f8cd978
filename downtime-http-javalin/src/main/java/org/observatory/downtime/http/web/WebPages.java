package org.observatory.downtime.http.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.Objects;
import org.observatory.downtime.http.CsrfTokens;
import org.observatory.downtime.http.HttpServices;
import org.observatory.downtime.http.HttpSettings;
import org.observatory.downtime.http.SessionCookies;
import org.observatory.downtime.http.TemplateRenderer;
import org.observatory.downtime.http.feature.FeatureServices;

/**
 * The people side of the service: the public list and timeline at {@code /}, the admin pages under
 * {@code /admin/} and their assets under {@code /static/}, all served from this jar.
 *
 * <p>The HTTP server calls {@link #register(JavalinConfig)} once inside {@code Javalin.create(config -> ...)}.
 */
public final class WebPages {

  /** Where the CSS and JavaScript of the pages are served from. */
  public static final String STATIC_PATH = "/static";

  private final PublicListHandler publicList;
  private final AdminAccess access;
  private final AdminLoginHandler login;
  private final AdminListHandler adminList;
  private final AdminFormHandler forms;
  private final AdminDeleteHandler deletes;
  private final WebErrors errors;

  /** The pages of the old service only: no repeat on the add form, no history on the edit page. */
  public WebPages(HttpSettings settings, HttpServices services, SessionCookies sessions, CsrfTokens csrf) {
    this(settings, services, null, sessions, csrf, new TemplateRenderer(), Clock.systemUTC());
  }

  /**
   * The pages with the added features: a repeat option on the add form (recurring series) and the history of a
   * downtime on its edit page.
   *
   * @param features the added use cases, or {@code null} for the pages of the old service only
   */
  public WebPages(HttpSettings settings, HttpServices services, FeatureServices features, SessionCookies sessions,
      CsrfTokens csrf) {
    this(settings, services, features, sessions, csrf, new TemplateRenderer(), Clock.systemUTC());
  }

  /** With a given renderer and clock (the timeline's "now"), e.g. for tests; {@code features} may be null. */
  public WebPages(HttpSettings settings, HttpServices services, FeatureServices features, SessionCookies sessions,
      CsrfTokens csrf, TemplateRenderer renderer, Clock clock) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(services, "services");
    PageChrome chrome = new PageChrome(settings.logoUrl(), services.catalogue());
    this.publicList = new PublicListHandler(services.find(), services.catalogue(), chrome, renderer, clock);
    this.access = new AdminAccess(services.authenticate(), sessions, csrf);
    this.login = new AdminLoginHandler(services.authenticate(), sessions, csrf, access, chrome, renderer);
    this.adminList = new AdminListHandler(services.find(), services.catalogue(), access, chrome, renderer);
    this.forms = new AdminFormHandler(services, features, access, chrome, renderer);
    this.deletes = new AdminDeleteHandler(services.find(), services.delete(), access, chrome, renderer);
    this.errors = new WebErrors(access, chrome, renderer);
  }

  /** Registers the pages' routes and static assets on the server being configured. */
  public void register(JavalinConfig config) {
    config.staticFiles.add(files -> {
      files.hostedPath = STATIC_PATH;
      files.directory = "/web";
      files.location = Location.CLASSPATH;
    });
    var routes = config.routes;
    routes.get("/", errors.page(publicList::handle));
    // The server tells "/admin" from "/admin/" (the API contract needs it): send the short form to the pages.
    routes.get("/admin", ctx -> ctx.redirect("/admin/", io.javalin.http.HttpStatus.MOVED_PERMANENTLY));
    routes.get("/admin/login/", errors.page(login::form));
    routes.post("/admin/login/", errors.page(login::submit));
    routes.post("/admin/logout/", errors.page(login::logout));
    // Form targets opened by hand (a bookmark, the address bar): lead back to the pages instead of a 405.
    routes.get("/admin/logout/", ctx -> ctx.redirect("/admin/", io.javalin.http.HttpStatus.SEE_OTHER));
    routes.get("/admin/delete/", ctx -> ctx.redirect("/admin/", io.javalin.http.HttpStatus.SEE_OTHER));
    routes.get("/admin/", errors.page(adminList::handle));
    routes.post("/admin/delete/", errors.page(deletes::bulk));
    routes.get("/admin/add/", errors.page(forms::addForm));
    routes.post("/admin/add/", errors.page(forms::add));
    routes.get("/admin/{id}/change/", errors.page(forms::editForm));
    routes.post("/admin/{id}/change/", errors.page(forms::edit));
    routes.get("/admin/{id}/delete/", errors.page(deletes::confirm));
    routes.post("/admin/{id}/delete/", errors.page(deletes::delete));
    routes.error(404, "text/html", errors::unknownPage);
  }
}
