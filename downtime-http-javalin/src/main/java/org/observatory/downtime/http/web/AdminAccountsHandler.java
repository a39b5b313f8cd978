package org.observatory.downtime.http.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.in.ManageUsersUseCase;
import org.observatory.downtime.http.template.TemplateRenderer;

/**
 * {@code /admin/users/}: the accounts page for staff. Every change is a CSRF-protected form post; the use case decides
 * who may do what, and ends the account's sessions when it takes rights away.
 */
final class AdminAccountsHandler {

  static final String PATH = "/admin/users/";

  private final ManageUsersUseCase users;
  private final AdminAccess access;
  private final PageChrome chrome;
  private final TemplateRenderer renderer;

  AdminAccountsHandler(ManageUsersUseCase users, AdminAccess access, PageChrome chrome, TemplateRenderer renderer) {
    this.users = Objects.requireNonNull(users, "users");
    this.access = Objects.requireNonNull(access, "access");
    this.chrome = Objects.requireNonNull(chrome, "chrome");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  /** {@code GET /admin/users/}: the list, with what the last change did. */
  void list(Context ctx) {
    Optional<User> user = access.require(ctx);
    if (user.isPresent()) {
      show(ctx, user.get(), notice(ctx.queryParam("done"), Objects.requireNonNullElse(ctx.queryParam("user"), "")), "");
    }
  }

  /** {@code POST /admin/users/}: one change to one account; deleting asks first. */
  void change(Context ctx) {
    Optional<User> user = access.requireForPost(ctx);
    if (user.isEmpty()) {
      return;
    }
    User actor = user.get();
    String username = Objects.requireNonNullElse(ctx.formParam("username"), "").strip();
    String action = Objects.requireNonNullElse(ctx.formParam("action"), "");
    switch (action) {
      case "disable" -> users.setDisabled(username, true, actor);
      case "enable" -> users.setDisabled(username, false, actor);
      case "staff" -> users.setStaff(username, true, actor);
      case "unstaff" -> users.setStaff(username, false, actor);
      case "delete" -> {
        if (!"yes".equals(ctx.formParam("confirm"))) {
          show(ctx, actor, "", username);
          return;
        }
        users.deleteAccount(username, actor);
      }
      default -> throw ValidationException.of("action", "Choose one of disable, enable, staff, unstaff or delete.");
    }
    ctx.redirect(PATH + "?done=" + action + "&user=" + QueryStrings.encode(username), HttpStatus.SEE_OTHER);
  }

  private void show(Context ctx, User user, String notice, String confirmDelete) {
    String token = access.csrfToken(ctx);
    renderer.render(ctx, "web/admin/accounts.jte", new AccountsPage(chrome.adminPage("Accounts", user.username(),
        token), users.listAccounts(user), user.username(), notice, confirmDelete, token));
  }

  static String notice(String done, String username) {
    if (done == null || username.isEmpty()) {
      return "";
    }
    return switch (done) {
      case "disable" -> "Disabled " + username + ": their login sessions have ended and they cannot log in.";
      case "enable" -> "Enabled " + username + ".";
      case "staff" -> username + " is staff now.";
      case "unstaff" -> username + " is no longer staff: their login sessions have ended.";
      case "delete" -> "Deleted " + username + ".";
      default -> "";
    };
  }
}
