package org.observatory.downtime.app;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.model.DowntimeSeries;
import org.observatory.downtime.core.model.ImportRow;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.port.in.CreateDowntimeUseCase;
import org.observatory.downtime.core.port.in.DeleteDowntimeUseCase;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.port.in.ImportDowntimesUseCase;
import org.observatory.downtime.core.port.in.ManageUsersUseCase;
import org.observatory.downtime.core.port.in.RecurringDowntimeUseCase;
import org.observatory.downtime.core.query.DowntimeQuery;

/** The use cases the command line needs, reaching the application only when a command actually runs one. */
final class DeferredUseCases
    implements CreateDowntimeUseCase, FindDowntimesUseCase, DeleteDowntimeUseCase, ManageUsersUseCase,
    RecurringDowntimeUseCase, ImportDowntimesUseCase {

  private final Supplier<Application> application;

  DeferredUseCases(Supplier<Application> application) {
    this.application = application;
  }

  @Override
  public Downtime create(DowntimeDraft draft, User actor) {
    return application.get().create().create(draft, actor);
  }

  @Override
  public List<Downtime> createAll(List<DowntimeDraft> drafts, User actor) {
    return application.get().create().createAll(drafts, actor);
  }

  @Override
  public List<Downtime> importAll(List<ImportRow> rows, User actor) {
    return application.get().imports().importAll(rows, actor);
  }

  @Override
  public Downtime get(long id) {
    return application.get().find().get(id);
  }

  @Override
  public DowntimePage list(DowntimeQuery query) {
    return application.get().find().list(query);
  }

  @Override
  public void forEach(DowntimeQuery query, Consumer<? super Downtime> action) {
    application.get().find().forEach(query, action);
  }

  @Override
  public Downtime delete(long id, User actor) {
    return application.get().delete().delete(id, actor);
  }

  @Override
  public List<Downtime> deleteAll(Collection<Long> ids, User actor) {
    return application.get().delete().deleteAll(ids, actor);
  }

  @Override
  public UserAccount createLocalUser(String username, char[] password, boolean staff) {
    return application.get().users().createLocalUser(username, password, staff);
  }

  @Override
  public UserAccount upsertPortalUser(UserAccount profile) {
    return application.get().users().upsertPortalUser(profile);
  }

  @Override
  public DowntimeSeries createSeries(DowntimeDraft first, String rule, User actor) {
    return application.get().recurring().createSeries(first, rule, actor);
  }

  @Override
  public DowntimeSeries series(long seriesId) {
    return application.get().recurring().series(seriesId);
  }

  @Override
  public List<Downtime> deleteSeries(long seriesId, Optional<Instant> from, User actor) {
    return application.get().recurring().deleteSeries(seriesId, from, actor);
  }
}
