package org.observatory.downtime.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeInput;
import org.observatory.downtime.core.model.DowntimeSeries;
import org.observatory.downtime.core.model.DraftBinder;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.port.in.CreateDowntimeUseCase;
import org.observatory.downtime.core.port.in.RecurringDowntimeUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code create}: the old service's {@code create_downtime} management command, with the same options and defaults. */
@Command(name = "create", mixinStandardHelpOptions = true,
    description = "Creates a downtime entry using the given parameters (validated like the API).")
final class CreateCommand implements Callable<Integer> {

  private static final double MAX_HOURS = 87_600_000d;
  private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  @Spec
  CommandSpec spec;

  @Option(names = {"-s", "--site"}, defaultValue = "cit", description = "Site code (3 characters). Default: ${DEFAULT-VALUE}.")
  String site;

  @Option(names = {"-e", "--enclosure"}, defaultValue = "doma", description = "Enclosure code (4 characters). Default: ${DEFAULT-VALUE}.")
  String enclosure;

  @Option(names = {"-t", "--telescope"}, defaultValue = "1m0a", description = "Telescope code (4 characters). Default: ${DEFAULT-VALUE}.")
  String telescope;

  @Option(names = {"-i", "--instrument_type", "--instrument-type"}, defaultValue = "",
      description = "Instrument type to apply this downtime to, or empty string for all.")
  String instrumentType;

  @Option(names = {"-r", "--reason"}, defaultValue = "Scheduled Maintenance", description = "Reason for downtime. Default: ${DEFAULT-VALUE}.")
  String reason;

  @Option(names = "--category", paramLabel = "CATEGORY", defaultValue = "",
      description = "What it is for: maintenance, engineering, education, realtime, weather or other. Default: none.")
  String category;

  @Option(names = "--night", paramLabel = "DATE",
      description = "Instead of --start and --end: the night of this local date (YYYY-MM-DD) at the site, from "
          + "darkness to dawn.")
  String night;

  @Option(names = "--twilight", paramLabel = "TWILIGHT",
      description = "How dark the --night must be: sunset (default), civil, nautical or astronomical.")
  String twilight;

  @Option(names = "--start", paramLabel = "DATETIME", description = "Start of downtime (ISO 8601, UTC unless a zone is given). Default: now.")
  String start;

  @Option(names = "--end", paramLabel = "DATETIME", description = "End of downtime (ISO 8601). Default: one day after now.")
  String end;

  @Option(names = "--offset-hours", paramLabel = "HOURS", defaultValue = "0",
      description = "Offset hours from current time for the start of your downtime.")
  double offsetHours;

  @Option(names = "--duration-hours", paramLabel = "HOURS", defaultValue = "0",
      description = "Duration in hours for the downtime. If this is set, the --end argument will be ignored.")
  double durationHours;

  @Option(names = "--recurrence", paramLabel = "RRULE",
      description = "Repeat: an RFC 5545 RRULE in UTC with COUNT or UNTIL, e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10. "
          + "The start is the first occurrence; every occurrence lasts as long as the first. At most 1000.")
  String recurrence;

  @Option(names = "--json", description = "Print the created downtime as JSON.")
  boolean json;

  @Mixin
  ActorOption actor;

  private final CreateDowntimeUseCase create;
  private final RecurringDowntimeUseCase recurring;
  private final CliEnvironment environment;
  private final ExportJson jsonText;

  CreateCommand(CreateDowntimeUseCase create, RecurringDowntimeUseCase recurring, CliEnvironment environment,
                ExportJson jsonText) {
    this.create = create;
    this.recurring = recurring;
    this.environment = environment;
    this.jsonText = jsonText;
  }

  @Override
  public Integer call() {
    // As the old command: times to the whole second, the offset moves only the start, a duration replaces the end.
    Instant now = environment.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    FieldErrors errors = new FieldErrors();
    Optional<Instant> from = time(errors, "start", start, now);
    Optional<Instant> to = time(errors, "end", end, now.plus(Duration.ofDays(1)));
    checkHours(errors, "offset_hours", offsetHours);
    checkHours(errors, "duration_hours", durationHours);
    errors.throwIfAny();
    Instant first = from.orElseThrow().plus(hours(offsetHours));
    Instant last = durationHours != 0 ? first.plus(hours(durationHours)) : to.orElseThrow();
    checkYears(errors, "offset_hours", first);
    checkYears(errors, "duration_hours", last);
    errors.throwIfAny();

    DowntimeInput input = DowntimeInput.of(DowntimeDraft.of(first, last, site, enclosure, telescope)
        .withInstrumentType(instrumentType).withReason(reason).withCategory(category)).withRecurrence(recurrence);
    if (night != null) {
      // The night replaces the default times; a --start or --end given with it is refused by the binder.
      input = new DowntimeInput(start == null ? null : input.start(), end == null && durationHours == 0 ? null
          : input.end(), input.site(), input.enclosure(), input.telescope(), input.instrumentType(), input.reason(),
          input.recurrence(), input.category(), null, null).withNight(night, twilight);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (input.recurrenceGiven().isPresent()) {
      DowntimeSeries series = recurring.createSeries(input, actor.actor(environment));
      if (!json) {
        out.println("Created series " + series.id() + " of " + series.occurrences().size() + " downtimes:");
      }
      series.occurrences().forEach(occurrence -> out.println(json ? jsonText.line(occurrence) : describe(occurrence)));
      return ExitCodes.OK;
    }
    Downtime created = create.create(input, actor.actor(environment));
    out.println(json ? jsonText.line(created) : describe(created));
    return ExitCodes.OK;
  }

  static String describe(Downtime downtime) {
    String target = downtime.telescopeKey() + (downtime.wholeTelescope() ? "" : " (" + downtime.instrumentType() + ")");
    return "Created downtime " + downtime.id() + " on " + target + " from " + Timestamps.format(downtime.start())
        + " to " + Timestamps.format(downtime.end()) + (downtime.reason().isEmpty() ? "" : ": " + downtime.reason());
  }

  private static Optional<Instant> time(FieldErrors errors, String field, String text, Instant fallback) {
    if (text == null) {
      return Optional.of(fallback);
    }
    Optional<Instant> parsed = Timestamps.parseFilter(text).map(t -> t.truncatedTo(ChronoUnit.SECONDS));
    if (parsed.isEmpty()) {
      errors.add(field, DraftBinder.BAD_DATE);
    }
    return parsed;
  }

  // Ten thousand years either way is far beyond any real downtime and keeps the arithmetic in range.
  private static void checkHours(FieldErrors errors, String field, double hours) {
    if (!Double.isFinite(hours) || Math.abs(hours) > MAX_HOURS) {
      errors.add(field, "Enter a number of hours between -" + (long) MAX_HOURS + " and " + (long) MAX_HOURS + ".");
    }
  }

  // Only an offset or a duration can move a time past the years every date form has (0000 to 9999).
  private static void checkYears(FieldErrors errors, String field, Instant time) {
    if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
      errors.add(field, "Enter a number of hours that keeps the downtime within the years 0000 to 9999.");
    }
  }

  private static Duration hours(double hours) {
    return Duration.ofMillis(Math.round(hours * 3_600_000d));
  }
}
