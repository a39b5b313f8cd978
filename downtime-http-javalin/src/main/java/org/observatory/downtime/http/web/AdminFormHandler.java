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
import org.observatory.downtime.core.model.DowntimeSeries;
import org.observatory.downtime.http.HttpServices;
import org.observatory.downtime.http.TemplateRenderer;
import org.observatory.downtime.http.feature.FeatureServices;

/**
 * {@code /admin/add/} and {@code /admin/{id}/change/}: the downtime form, saved through the core use cases; with the
 * added features the add form can repeat a downtime (a recurring series) and the edit page shows its history.
 */
final class AdminFormHandler {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AdminFormHandler.class);

  static final String WRONG_FORMAT = "Datetime has wrong format. Use one of these formats instead: "
      + "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";

  private final HttpServices services;
  private final FeatureServices features;
  private final AdminAccess access;
  private final PageChrome chrome;
  private final TemplateRenderer renderer;

  /** With {@code features} {@code null} the form offers no repeat and the edit page no history. */
  AdminFormHandler(HttpServices services, FeatureServices features, AdminAccess access, PageChrome chrome,
      TemplateRenderer renderer) {
    this.services = Objects.requireNonNull(services, "services");
    this.features = features;
    this.access = Objects.requireNonNull(access, "access");
    this.chrome = Objects.requireNonNull(chrome, "chrome");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  void addForm(Context ctx) {
    access.require(ctx).ifPresent(user -> show(ctx, user, null, DowntimeForm.blank(), repeatOffer(RepeatForm.none()),
        Map.of()));
  }

  void editForm(Context ctx) {
    Optional<User> user = access.require(ctx);
    if (user.isPresent()) {
      Downtime downtime = services.find().get(id(ctx));
      show(ctx, user.get(), downtime, DowntimeForm.of(downtime), null, Map.of());
    }
  }

  void add(Context ctx) {
    Optional<User> user = access.requireForPost(ctx);
    if (user.isPresent()) {
      save(ctx, user.get(), null);
    }
  }

  void edit(Context ctx) {
    Optional<User> user = access.requireForPost(ctx);
    if (user.isPresent()) {
      save(ctx, user.get(), services.find().get(id(ctx)));
    }
  }

  /** Saves the posted form as a new downtime (or series) when {@code edited} is null, else as a change to it. */
  private void save(Context ctx, User user, Downtime edited) {
    DowntimeForm form = DowntimeForm.from(ctx);
    RepeatForm repeat = edited == null ? repeatOffer(RepeatForm.from(ctx)) : null;
    Map<String, List<String>> errors = new LinkedHashMap<>();
    Optional<DowntimeDraft> draft = draft(form, errors);
    Optional<String> rule = Optional.empty();
    if (repeat != null) {
      try {
        // The weekday of a weekly repeat needs the start; without one only the other mistakes are reported.
        rule = repeat.rule(draft.map(DowntimeDraft::start).orElse(Instant.EPOCH));
      } catch (ValidationException e) {
        errors.putAll(e.errors());
        draft.ifPresent(valid -> check(valid, errors));
      }
    }
    HttpStatus status = HttpStatus.BAD_REQUEST;
    if (draft.isPresent() && errors.isEmpty()) {
      try {
        if (rule.isPresent()) {
          DowntimeSeries series = features.recurring().createSeries(draft.get(), rule.get(), user);
          ctx.redirect("/admin/?series=" + series.id() + "&series_saved=" + series.id(), HttpStatus.SEE_OTHER);
          return;
        }
        Downtime saved = edited == null ? services.create().create(draft.get(), user)
            : services.update().update(edited.id(), draft.get(), user);
        ctx.redirect("/admin/?saved=" + saved.id(), HttpStatus.SEE_OTHER);
        return;
      } catch (ValidationException e) {
        errors.putAll(e.errors());
      } catch (UnavailableException e) {
        LOG.warn("{} {} answered 503: {}", ctx.method(), ctx.path(), e.getMessage());
        errors.put(FieldErrors.NON_FIELD, List.of(e.publicMessage()));
        status = HttpStatus.SERVICE_UNAVAILABLE;
      }
    }
    ctx.status(status);
    show(ctx, user, edited, form, repeat, errors);
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
    check(draft, errors);
    // The times of this stand-in draft are not what was typed: an error about their order would mislead.
    errors.remove(FieldErrors.NON_FIELD);
    return Optional.empty();
  }

  /** Adds what the catalogue and the rules find wrong with a draft that will not be saved for another reason. */
  private void check(DowntimeDraft draft, Map<String, List<String>> errors) {
    Optional<Catalogue> catalogue = services.catalogue().current();
    if (catalogue.isPresent()) {
      try {
        DowntimeRules.validate(draft, catalogue.get());
      } catch (ValidationException e) {
        e.errors().forEach(errors::putIfAbsent);
      }
    }
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

  /** The repeat fields, when this server creates recurring series. */
  private RepeatForm repeatOffer(RepeatForm typed) {
    return features == null ? null : typed;
  }

  private void show(Context ctx, User user, Downtime edited, DowntimeForm form, RepeatForm repeat,
      Map<String, List<String>> errors) {
    String token = access.csrfToken(ctx);
    Optional<Catalogue> catalogue = services.catalogue().current();
    long id = edited == null ? 0 : edited.id();
    String title = edited == null ? "Add downtime" : "Change downtime " + id;
    List<HistoryRow> history = edited == null || features == null ? null
        : HistoryRow.newestFirst(features.history().history(id));
    renderer.render(ctx, "web/admin/form.jte", new DowntimeFormPage(chrome.adminPage(title, user.username(), token),
        id, form, repeat, errors,
        catalogue.map(Catalogue::siteCodes).orElse(Set.of()),
        catalogue.map(Catalogue::enclosureCodes).orElse(Set.of()),
        catalogue.map(Catalogue::telescopeCodes).orElse(Set.of()),
        catalogue.map(Catalogue::instrumentTypeCodes).orElse(Set.of()),
        CatalogueJson.of(catalogue), token, edited == null ? null : edited.seriesId(), history));
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
