package org.observatory.downtime.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.observatory.downtime.core.fixtures.InMemoryUserStore;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.port.out.RecurrenceExpander;
import org.observatory.downtime.core.service.CreateDowntimeService;
import org.observatory.downtime.core.service.DeleteDowntimeService;
import org.observatory.downtime.core.service.FindDowntimesService;
import org.observatory.downtime.core.service.ImportDowntimesService;
import org.observatory.downtime.core.service.PasswordHasher;
import org.observatory.downtime.core.service.RecurringDowntimeService;
import org.observatory.downtime.core.service.UserService;
import org.observatory.downtime.core.service.WritePolicy;

/** The command line over the real core services, in-memory stores and the small test catalogue; captures output. */
final class CliHarness {

  /** "Now" for every test: 2026-11-23T12:34:56.789Z. */
  static final Instant NOW = Instant.parse("2026-11-23T12:34:56.789Z");

  final InMemoryDowntimes downtimes = new InMemoryDowntimes();
  final InMemoryUserStore users = new InMemoryUserStore();
  final PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 1_000);
  final Deque<String> typedPasswords = new ArrayDeque<>();
  InstrumentCatalogue catalogue = TestCatalogues.fixed();
  /** The RRULE expansion (the real one lives in the HTTP adapter, on ical4j); by default only the first start. */
  RecurrenceExpander expander = (rule, first, limit) -> List.of(first);
  ServerRunner server = () -> { };
  SchemaMigrator migrator = () -> "Schema up to date";
  String stdin = "";
  boolean terminal;

  String out = "";
  String err = "";

  /** Runs one command line and keeps what it printed. */
  int run(String... args) {
    WritePolicy policy = new WritePolicy(WriteAccess.STAFF);
    CliServices services = new CliServices(
        new CreateDowntimeService(downtimes, () -> catalogue.current(), policy),
        new FindDowntimesService(downtimes),
        new DeleteDowntimeService(downtimes, policy),
        new UserService(users, hasher),
        () -> catalogue.current(),
        () -> server.run(),
        () -> migrator.migrate(),
        new RecurringDowntimeService(downtimes, () -> catalogue.current(), policy,
            (rule, first, limit) -> expander.expand(rule, first, limit)),
        new ImportDowntimesService(downtimes, () -> catalogue.current(), policy));
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
    return downtimes.all().get(downtimes.all().size() - 1).id();
  }
}
