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
import org.observatory.downtime.core.model.DowntimeSeries;
import org.observatory.downtime.core.model.DraftBinder;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.http.request.PathIds;
import org.observatory.downtime.http.template.TemplateRenderer;

/**
 * {@code /admin/add/} and {@code /admin/{id}/change/}: the downtime form, saved through the core use cases, which
 * read it with the same binder as the API; the add form can repeat a downtime (a recurring series) and the edit page
 * shows the downtime's history.
 */
final class AdminFormHandler {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AdminFormHandler.class);

  private final PageUseCases useCases;
  private final AdminAccess access;
  private final PageChrome chrome;
  private final TemplateRenderer renderer;

  AdminFormHandler(PageUseCases useCases, AdminAccess access, PageChrome chrome, TemplateRenderer renderer) {
    this.useCases = Objects.requireNonNull(useCases, "useCases");
    this.access = Objects.requireNonNull(access, "access");
    this.chrome = Objects.requireNonNull(chrome, "chrome");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  void addForm(Context ctx) {
    access.require(ctx).ifPresent(user -> show(ctx, user, null, DowntimeForm.blank(), RepeatForm.none(), Map.of()));
  }

  void editForm(Context ctx) {
    Optional<User> user = access.require(ctx);
    if (user.isPresent()) {
      Downtime downtime = useCases.find().get(PathIds.id(ctx, "downtime"));
      show(ctx, user.get(), downtime, DowntimeForm.of(downtime), null, Map.of());
    }
  }

  void add(Context ctx) {
    Optional<User> user = access.requireForPost(ctx);
    if (user.isEmpty()) {
      return;
    }
    DowntimeForm form = DowntimeForm.from(ctx);
    RepeatForm repeat = RepeatForm.from(ctx);
    Optional<String> rule;
    try {
      // The weekday of a weekly repeat needs the start; without one only the other mistakes are reported.
      rule = repeat.rule(form.startInstant().orElse(Instant.EPOCH));
    } catch (ValidationException refusal) {
      // The repeat fields make no rule: the downtime's own mistakes come in the same answer.
      Map<String, List<String>> errors = new LinkedHashMap<>(downtimeErrors(form));
      errors.putAll(refusal.errors());
      ctx.status(HttpStatus.BAD_REQUEST);
      show(ctx, user.get(), null, form, repeat, errors);
      return;
    }
    save(ctx, user.get(), null, form, repeat, () -> {
      if (rule.isPresent()) {
        DowntimeSeries series = useCases.recurring().createSeries(form.input().withRecurrence(rule.get()), user.get());
        return "/admin/?series=" + series.id() + "&series_saved=" + series.id();
      }
      return "/admin/?saved=" + useCases.create().create(form.input(), user.get()).id();
    });
  }

  void edit(Context ctx) {
    Optional<User> user = access.requireForPost(ctx);
    if (user.isEmpty()) {
      return;
    }
    long id = PathIds.id(ctx, "downtime");
    DowntimeForm form = DowntimeForm.from(ctx);
    save(ctx, user.get(), id, form, null, () -> "/admin/?saved="
        + useCases.update().update(id, form.input(), DraftBinder.Mode.REPLACE, user.get()).id());
  }

  /** Saves through {@code saving} (which answers where to go next), or shows the form again with every refusal. */
  private void save(Context ctx, User user, Long edited, DowntimeForm form, RepeatForm repeat, Saving saving) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    HttpStatus status = HttpStatus.BAD_REQUEST;
    try {
      ctx.redirect(saving.save(), HttpStatus.SEE_OTHER);
      return;
    } catch (ValidationException refusal) {
      errors.putAll(refusal.errors());
    } catch (UnavailableException outage) {
      LOG.warn("{} {} answered 503: {}", ctx.method(), ctx.path(), outage.getMessage());
      errors.put(FieldErrors.NON_FIELD, List.of(outage.publicMessage()));
      status = HttpStatus.SERVICE_UNAVAILABLE;
    }
    ctx.status(status);
    show(ctx, user, edited == null ? null : useCases.find().get(edited), form, repeat, errors);
  }

  /** What the use cases would refuse in the form's downtime, read by the core's one binder and rules. */
  private Map<String, List<String>> downtimeErrors(DowntimeForm form) {
    Optional<Catalogue> catalogue = useCases.catalogue().current();
    try {
      DowntimeDraft draft = DraftBinder.bind(form.input(), DraftBinder.Mode.CREATE, null, catalogue);
      catalogue.ifPresent(current -> DowntimeRules.validate(draft, current));
      return Map.of();
    } catch (ValidationException refusal) {
      return refusal.errors();
    }
  }

  @FunctionalInterface
  private interface Saving {
    String save();
  }

  private void show(Context ctx, User user, Downtime edited, DowntimeForm form, RepeatForm repeat,
      Map<String, List<String>> errors) {
    String token = access.csrfToken(ctx);
    Optional<Catalogue> catalogue = useCases.catalogue().current();
    long id = edited == null ? 0 : edited.id();
    String title = edited == null ? "Add downtime" : "Change downtime " + id;
    List<HistoryRow> history = edited == null ? null : HistoryRow.newestFirst(useCases.history().history(id));
    renderer.render(ctx, "web/admin/form.jte", new DowntimeFormPage(chrome.adminPage(title, user.username(), token),
        id, form, repeat, errors,
        catalogue.map(Catalogue::siteCodes).orElse(Set.of()),
        catalogue.map(Catalogue::enclosureCodes).orElse(Set.of()),
        catalogue.map(Catalogue::telescopeCodes).orElse(Set.of()),
        catalogue.map(Catalogue::instrumentTypeCodes).orElse(Set.of()),
        CatalogueJson.of(catalogue), token, edited == null ? null : edited.seriesId(), history));
  }
}
