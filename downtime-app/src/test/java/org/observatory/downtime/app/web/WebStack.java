package org.observatory.downtime.app.web;

import java.security.SecureRandom;
import java.util.Optional;
import org.observatory.downtime.app.support.TemporarySqlite;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.port.out.UserStore;
import org.observatory.downtime.core.service.AuthenticationService;
import org.observatory.downtime.core.service.CreateDowntimeService;
import org.observatory.downtime.core.service.DeleteDowntimeService;
import org.observatory.downtime.core.service.AvailabilityService;
import org.observatory.downtime.core.service.FindDowntimesService;
import org.observatory.downtime.core.service.HistoryService;
import org.observatory.downtime.core.service.PasswordHasher;
import org.observatory.downtime.core.service.RecurringDowntimeService;
import org.observatory.downtime.core.service.UpdateDowntimeService;
import org.observatory.downtime.core.service.UserService;
import org.observatory.downtime.core.service.WritePolicy;
import org.observatory.downtime.http.DowntimeHttpServer;
import org.observatory.downtime.http.HttpServices;
import org.observatory.downtime.http.HttpSettings;
import org.observatory.downtime.http.feature.FeatureServices;
import org.observatory.downtime.http.ical.Ical4jRecurrenceExpander;

/**
 * The real stack on a free port, built by hand as the app builds it: the persistence adapter on a migrated temporary
 * SQLite file, the core services with the added features (history, recurring series, availability) and the HTTP
 * server, with a staff user {@value #STAFF} and a non-staff user
 * {@value #VISITOR} (both with password {@value #PASSWORD}, hashed with few iterations so tests stay fast).
 */
final class WebStack implements AutoCloseable {

  static final String STAFF = "ada";
  static final String VISITOR = "bob";
  static final String PASSWORD = "correct horse battery";

  final HttpServices services;
  final FeatureServices features;
  final User staff = new User(STAFF, true, false);
  private final TemporarySqlite database;
  private final DowntimeHttpServer server;

  WebStack() {
    this(TestCatalogues.fixed());
  }

  WebStack(InstrumentCatalogue catalogue) {
    database = TemporarySqlite.migrated();
    try {
      DowntimeRepository downtimes = database.persistence().downtimes();
      UserStore users = database.persistence().users();
      PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 1_000);
      UserService accounts = new UserService(users, hasher);
      accounts.createLocalUser(STAFF, PASSWORD.toCharArray(), true);
      accounts.createLocalUser(VISITOR, PASSWORD.toCharArray(), false);
      WritePolicy policy = new WritePolicy(WriteAccess.STAFF);
      services = new HttpServices(
          new CreateDowntimeService(downtimes, catalogue, policy),
          new FindDowntimesService(downtimes),
          new UpdateDowntimeService(downtimes, catalogue, policy),
          new DeleteDowntimeService(downtimes, policy),
          new AuthenticationService(users, hasher, Optional.empty()),
          accounts,
          catalogue,
          policy,
          database.persistence()::reachable);
      features = new FeatureServices(
          new HistoryService(database.persistence().auditTrail()),
          new RecurringDowntimeService(downtimes, catalogue, policy, new Ical4jRecurrenceExpander()),
          new AvailabilityService(downtimes, catalogue));
      server = new DowntimeHttpServer(HttpSettings.forTests("web-test-secret-key-0123456789"), services, features)
          .start();
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      database.close();
    }
  }
}
