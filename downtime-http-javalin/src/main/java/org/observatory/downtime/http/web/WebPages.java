package org.observatory.downtime.http.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.Objects;
import org.observatory.downtime.http.security.CsrfTokens;
import org.observatory.downtime.http.security.SessionCookies;
import org.observatory.downtime.http.template.TemplateRenderer;

/**
 * The people side of the service: the public list and timeline at {@code /}, the admin pages under
 * {@code /admin/} (the accounts at {@code /admin/users/}) and their assets under {@code /static/}, all served from
 * this jar.
 *
 * <p>The HTTP server calls {@link #register(JavalinConfig)} once inside {@code Javalin.create(config -> ...)}.
 */
public final class WebPages {

  /** Where the CSS and JavaScript of the pages are served from. */
  public static final String STATIC_PATH = "/static";

  private final PublicListHandler publicList;
  private final ReportsHandler reports;
  private final AdminLoginHandler login;
  private final AdminListHandler adminList;
  private final AdminFormHandler forms;
  private final AdminDeleteHandler deletes;
  private final AdminAccountsHandler accounts;
  private final AdminWebhooksHandler webhooks;
  private final ErrorPages errors;

  /**
   * @param logoUrl image shown in the navigation bar, may be {@code ""}
   * @param clock   the "now" of the public timeline
   */
  public WebPages(PageUseCases useCases, String logoUrl, SessionCookies sessions, CsrfTokens csrf,
                  TemplateRenderer renderer, Clock clock) {
    Objects.requireNonNull(useCases, "useCases");
    PageChrome chrome = new PageChrome(logoUrl, useCases.catalogue());
    AdminAccess access = new AdminAccess(useCases.authenticate(), sessions, csrf);
    this.publicList = new PublicListHandler(useCases.find(), useCases.catalogue(), chrome, renderer, clock,
        useCases.nights());
    this.reports = new ReportsHandler(useCases.nights(), useCases.catalogue(), chrome, renderer, clock);
    this.login = new AdminLoginHandler(useCases.authenticate(), sessions, csrf, access, chrome, renderer);
    this.adminList = new AdminListHandler(useCases.find(), useCases.catalogue(), access, chrome, renderer);
    this.forms = new AdminFormHandler(useCases, access, chrome, renderer);
    this.deletes = new AdminDeleteHandler(useCases.find(), useCases.delete(), access, chrome, renderer);
    this.accounts = new AdminAccountsHandler(useCases.users(), access, chrome, renderer);
    this.webhooks = new AdminWebhooksHandler(useCases.webhooks(), access, chrome, renderer);
    this.errors = new ErrorPages(access, chrome, renderer);
  }

  /** How the pages show a refusal to people. */
  public ErrorPages errors() {
    return errors;
  }

  /** Registers the pages' routes and static assets on the server being configured. */
  public void register(JavalinConfig config) {
    config.staticFiles.add(files -> {
      files.hostedPath = STATIC_PATH;
      files.directory = "/web";
      files.location = Location.CLASSPATH;
    });
    var routes = config.routes;
    routes.get("/", publicList::handle);
    routes.get("/reports/", reports::handle);
    // The server tells "/admin" from "/admin/" (the API contract needs it): send the short form to the pages.
    routes.get("/admin", ctx -> ctx.redirect("/admin/", HttpStatus.MOVED_PERMANENTLY));
    routes.get("/admin/login/", login::form);
    routes.post("/admin/login/", login::submit);
    routes.post("/admin/logout/", login::logout);
    // Form targets opened by hand (a bookmark, the address bar): lead back to the pages instead of a 405.
    routes.get("/admin/logout/", ctx -> ctx.redirect("/admin/", HttpStatus.SEE_OTHER));
    routes.get("/admin/delete/", ctx -> ctx.redirect("/admin/", HttpStatus.SEE_OTHER));
    routes.get("/admin/", adminList::handle);
    routes.post("/admin/delete/", deletes::bulk);
    routes.get("/admin/add/", forms::addForm);
    routes.post("/admin/add/", forms::add);
    routes.get("/admin/{id}/change/", forms::editForm);
    routes.post("/admin/{id}/change/", forms::edit);
    routes.get("/admin/{id}/delete/", deletes::confirm);
    routes.post("/admin/{id}/delete/", deletes::delete);
    routes.get(AdminAccountsHandler.PATH, accounts::list);
    routes.post(AdminAccountsHandler.PATH, accounts::change);
    routes.get("/admin/webhooks/", webhooks::list);
    routes.post("/admin/webhooks/", webhooks::add);
    routes.get("/admin/webhooks/{id}/", webhooks::detail);
    routes.post("/admin/webhooks/{id}/redeliver/", webhooks::redeliver);
    routes.post("/admin/webhooks/{id}/test/", webhooks::test);
    routes.post("/admin/webhooks/{id}/active/", webhooks::activate);
    routes.post("/admin/webhooks/{id}/delete/", webhooks::delete);
    routes.error(404, "text/html", errors::unknownPage);
  }
}
