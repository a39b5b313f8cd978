package org.observatory.downtime.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.observatory.downtime.core.fixtures.InMemoryDowntimeRepository;
import org.observatory.downtime.core.fixtures.InMemoryUserStore;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.port.in.ManageWebhooksUseCase;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.port.out.RecurrenceExpander;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.service.DowntimeServices;
import org.observatory.downtime.core.service.PasswordHasher;
import org.observatory.downtime.core.service.UserService;
import org.observatory.downtime.sun.SuncalcDarknessCalculator;

/**
 * The command line over the core's services (built as the app builds them), the core's in-memory stores and the
 * small test catalogue; captures output and records when the schema is migrated and downtimes are read.
 */
final class CliHarness {

  /** "Now" for every test: 2026-11-23T12:34:56.789Z. */
  static final Instant NOW = Instant.parse("2026-11-23T12:34:56.789Z");

  /** Stamps the n-th stored downtime (or audit entry) with 2026-11-20T08:00:00Z plus n seconds. */
  final InMemoryDowntimeRepository downtimes = new InMemoryDowntimeRepository(new TickingClock());
  final InMemoryUserStore users = new InMemoryUserStore();
  // Few iterations: the hash's format and check are what the tests look at, not its cost.
  final PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 1_000);
  final Deque<String> typedPasswords = new ArrayDeque<>();
  InstrumentCatalogue catalogue = TestCatalogues.fixed();
  /** The RRULE expansion (the real one is the ical4j adapter); by default only the first start. */
  RecurrenceExpander expander = (rule, first, limit) -> List.of(first);
  ServerRunner server = () -> { };
  SchemaMigrator migrator = () -> "Schema up to date";
  /** What {@code backup} runs; by default it says what it would have written. */
  DatabaseBackup backup = file -> "Wrote " + file;
  String stdin = "";
  boolean terminal;

  /** Webhook subscriptions, as the commands call them (a mock: the app's end-to-end tests use the real ones). */
  final ManageWebhooksUseCase webhooks = org.mockito.Mockito.mock(ManageWebhooksUseCase.class);

  /** In order: "migrate" for each migration, "read" for each read of downtimes by a command. */
  final List<String> events = new ArrayList<>();
  String out = "";
  String err = "";

  /** Runs one command line and keeps what it printed. */
  int run(String... args) {
    DowntimeServices core = DowntimeServices.create(new DowntimeServices.Ports(downtimes, downtimes, users,
        () -> catalogue.current(), (rule, first, limit) -> expander.expand(rule, first, limit), Optional.empty(), downtimes, new SuncalcDarknessCalculator()),
        WriteAccess.STAFF);
    CliServices services = new CliServices(core.create(), recordingReads(core.find()), core.delete(),
        new UserService(users, hasher), () -> catalogue.current(), () -> server.run(),
        () -> {
          events.add("migrate");
          return migrator.migrate();
        },
        core.recurring(), core.imports(), core.nights(), core.tokens(), file -> backup.backup(file), webhooks);
    CliEnvironment environment = new CliEnvironment(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        prompt -> Optional.ofNullable(typedPasswords.poll()).map(String::toCharArray),
        terminal, "observer", Clock.fixed(NOW, ZoneOffset.UTC));
    StringWriter outText = new StringWriter();
    StringWriter errText = new StringWriter();
    int code = new DowntimeCli(services, environment).execute(new PrintWriter(outText), new PrintWriter(errText), args);
    out = outText.toString();
    err = errText.toString();
    return code;
  }

  /** Creates a valid downtime on ogg.clma.2m0a through the command line and returns its id. */
  long createOnOgg(String start, String end, String reason) {
    int code = run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--start", start, "--end", end, "-r", reason);
    if (code != 0) {
      throw new AssertionError("create failed: " + err);
    }
    List<Downtime> all = downtimes.all();
    return all.get(all.size() - 1).id();
  }

  private FindDowntimesUseCase recordingReads(FindDowntimesUseCase find) {
    return new FindDowntimesUseCase() {
      @Override
      public Downtime get(long id) {
        events.add("read");
        return find.get(id);
      }

      @Override
      public DowntimePage list(DowntimeQuery query) {
        events.add("read");
        return find.list(query);
      }

      @Override
      public void forEach(DowntimeQuery query, Consumer<? super Downtime> action) {
        events.add("read");
        find.forEach(query, action);
      }
    };
  }

  /** A clock one second further on each time it is read. */
  private static final class TickingClock extends Clock {
    private Instant now = Instant.parse("2026-11-20T08:00:00Z");

    @Override
    public synchronized Instant instant() {
      now = now.plusSeconds(1);
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("tests run in UTC");
    }
  }
}
