package org.observatory.downtime.http.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.port.in.DeleteDowntimeUseCase;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.http.request.PathIds;
import org.observatory.downtime.http.template.TemplateRenderer;

/** Deleting from the admin pages: one downtime or the rows selected in the list, always after a confirmation page. */
final class AdminDeleteHandler {

  private final FindDowntimesUseCase find;
  private final DeleteDowntimeUseCase delete;
  private final AdminAccess access;
  private final PageChrome chrome;
  private final TemplateRenderer renderer;

  AdminDeleteHandler(FindDowntimesUseCase find, DeleteDowntimeUseCase delete, AdminAccess access, PageChrome chrome,
      TemplateRenderer renderer) {
    this.find = Objects.requireNonNull(find, "find");
    this.delete = Objects.requireNonNull(delete, "delete");
    this.access = Objects.requireNonNull(access, "access");
    this.chrome = Objects.requireNonNull(chrome, "chrome");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  /** {@code GET /admin/{id}/delete/}: the confirmation page. */
  void confirm(Context ctx) {
    Optional<User> user = access.require(ctx);
    if (user.isPresent()) {
      Downtime downtime = find.get(PathIds.id(ctx, "downtime"));
      show(ctx, user.get(), List.of(downtime), "/admin/" + downtime.id() + "/delete/", false);
    }
  }

  /** {@code POST /admin/{id}/delete/}: deletes after the confirmation. */
  void delete(Context ctx) {
    Optional<User> user = access.requireForPost(ctx);
    if (user.isPresent()) {
      delete.delete(PathIds.id(ctx, "downtime"), user.get());
      ctx.redirect("/admin/?deleted=1", HttpStatus.SEE_OTHER);
    }
  }

  /** {@code POST /admin/delete/}: the rows selected in the list; asks first, deletes on {@code confirm=yes}. */
  void bulk(Context ctx) {
    Optional<User> user = access.requireForPost(ctx);
    if (user.isEmpty()) {
      return;
    }
    Set<Long> ids = new LinkedHashSet<>();
    for (String value : ctx.formParams("ids")) {
      try {
        ids.add(Long.parseLong(value.strip()));
      } catch (NumberFormatException e) {
        // Not one of the list's checkboxes: nothing to delete for it.
      }
    }
    if ("yes".equals(ctx.formParam("confirm"))) {
      int deleted = ids.isEmpty() ? 0 : delete.deleteAll(ids, user.get()).size();
      ctx.redirect("/admin/?deleted=" + deleted, HttpStatus.SEE_OTHER);
      return;
    }
    List<Downtime> selected = new ArrayList<>();
    for (long id : ids) {
      try {
        selected.add(find.get(id));
      } catch (NotFoundException e) {
        // Deleted meanwhile (another tab, another person): nothing left to confirm for it.
      }
    }
    if (selected.isEmpty()) {
      ctx.redirect("/admin/?deleted=0", HttpStatus.SEE_OTHER);
      return;
    }
    show(ctx, user.get(), selected, "/admin/delete/", true);
  }

  private void show(Context ctx, User user, List<Downtime> downtimes, String action, boolean bulk) {
    String token = access.csrfToken(ctx);
    renderer.render(ctx, "web/admin/delete.jte", new DeleteConfirmPage(
        chrome.adminPage("Delete downtimes", user.username(), token),
        downtimes.stream().map(DowntimeRow::of).toList(), action, bulk, token));
  }
}
