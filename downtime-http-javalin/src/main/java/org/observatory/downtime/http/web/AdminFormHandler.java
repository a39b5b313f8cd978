package org.observatory.downtime.http.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeRules;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.http.HttpServices;
import org.observatory.downtime.http.TemplateRenderer;

/** {@code /admin/add/} and {@code /admin/{id}/change/}: the downtime form, saved through the core use cases. */
final class AdminFormHandler {

  static final String WRONG_FORMAT = "Datetime has wrong format. Use one of these formats instead: "
      + "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";

  private final HttpServices services;
  private final AdminAccess access;
  private final PageChrome chrome;
  private final TemplateRenderer renderer;

  AdminFormHandler(HttpServices services, AdminAccess access, PageChrome chrome, TemplateRenderer renderer) {
    this.services = Objects.requireNonNull(services, "services");
    this.access = Objects.requireNonNull(access, "access");
    this.chrome = Objects.requireNonNull(chrome, "chrome");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  void addForm(Context ctx) {
    access.require(ctx).ifPresent(user -> show(ctx, user, 0, DowntimeForm.blank(), Map.of()));
  }

  void editForm(Context ctx) {
    Optional<User> user = access.require(ctx);
    if (user.isPresent()) {
      Downtime downtime = services.find().get(id(ctx));
      show(ctx, user.get(), downtime.id(), DowntimeForm.of(downtime), Map.of());
    }
  }

  void add(Context ctx) {
    Optional<User> user = access.requireForPost(ctx);
    if (user.isPresent()) {
      save(ctx, user.get(), 0);
    }
  }

  void edit(Context ctx) {
    Optional<User> user = access.requireForPost(ctx);
    if (user.isPresent()) {
      long id = id(ctx);
      services.find().get(id);
      save(ctx, user.get(), id);
    }
  }

  private void save(Context ctx, User user, long id) {
    DowntimeForm form = DowntimeForm.from(ctx);
    Map<String, List<String>> errors = new LinkedHashMap<>();
    Optional<DowntimeDraft> draft = draft(form, errors);
    HttpStatus status = HttpStatus.BAD_REQUEST;
    if (draft.isPresent()) {
      try {
        Downtime saved = id == 0 ? services.create().create(draft.get(), user)
            : services.update().update(id, draft.get(), user);
        ctx.redirect("/admin/?saved=" + saved.id(), HttpStatus.SEE_OTHER);
        return;
      } catch (ValidationException e) {
        errors.putAll(e.errors());
      } catch (UnavailableException e) {
        errors.put(FieldErrors.NON_FIELD, List.of(e.getMessage()));
        status = HttpStatus.SERVICE_UNAVAILABLE;
      }
    }
    ctx.status(status);
    show(ctx, user, id, form, errors);
  }

  /**
   * The draft the form describes, or empty with the reasons in {@code errors}; when a time cannot be read the
   * other fields are still checked, so every mistake is shown at once.
   */
  private Optional<DowntimeDraft> draft(DowntimeForm form, Map<String, List<String>> errors) {
    Optional<Instant> start = time(form.start(), "start", errors);
    Optional<Instant> end = time(form.end(), "end", errors);
    DowntimeDraft draft = new DowntimeDraft(start.orElse(Instant.EPOCH), end.orElse(Instant.EPOCH.plusSeconds(1)),
        form.site(), form.enclosure(), form.telescope(), form.instrumentType(), form.reason(), "", null);
    if (errors.isEmpty()) {
      return Optional.of(draft);
    }
    Optional<Catalogue> catalogue = services.catalogue().current();
    if (catalogue.isPresent()) {
      try {
        DowntimeRules.validate(draft, catalogue.get());
      } catch (ValidationException e) {
        e.errors().forEach((field, messages) -> {
          if (!field.equals(FieldErrors.NON_FIELD)) {
            errors.put(field, messages);
          }
        });
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> time(String text, String field, Map<String, List<String>> errors) {
    if (text.isBlank()) {
      errors.put(field, List.of(FieldErrors.REQUIRED));
      return Optional.empty();
    }
    Optional<Instant> instant = Timestamps.parseDateTime(text);
    if (instant.isEmpty()) {
      errors.put(field, List.of(WRONG_FORMAT));
    }
    return instant;
  }

  private void show(Context ctx, User user, long id, DowntimeForm form, Map<String, List<String>> errors) {
    String token = access.csrfToken(ctx);
    Optional<Catalogue> catalogue = services.catalogue().current();
    String title = id == 0 ? "Add downtime" : "Change downtime " + id;
    renderer.render(ctx, "web/admin/form.jte", new DowntimeFormPage(chrome.adminPage(title, user.username(), token),
        id, form, errors,
        catalogue.map(Catalogue::siteCodes).orElse(Set.of()),
        catalogue.map(Catalogue::enclosureCodes).orElse(Set.of()),
        catalogue.map(Catalogue::telescopeCodes).orElse(Set.of()),
        catalogue.map(Catalogue::instrumentTypeCodes).orElse(Set.of()),
        CatalogueJson.of(catalogue), token));
  }

  /** The path's id; a non-numeric one is a page that does not exist. */
  static long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new NotFoundException("No downtime with id " + ctx.pathParam("id"));
    }
  }
}
