package org.observatory.downtime.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.concurrent.Callable;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.ImportRow;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.in.ImportDowntimesUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import FILE}: restores or creates every downtime of a JSON-lines or CSV file, all-or-nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Stores every downtime in FILE (JSON lines or CSV, as written by export), all or nothing: "
        + "one bad row and none is stored; the bad row is reported with its number.",
        "Fields: start, end, site, enclosure, telescope (required); instrument_type, reason, created_by.",
        "A row with an id restores that downtime exactly as exported (id, created, modified, created_by, series_id; "
        + "staff only; an id already in the database is refused). A row without an id (or with an empty one) "
        + "creates a new downtime."})
final class ImportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The file to read; '-' for standard input.")
  Path file;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "jsonl or csv. Default: from the file's extension (.csv, .jsonl, .json), else jsonl.")
  String format;

  @Mixin
  ActorOption actor;

  private final ImportDowntimesUseCase imports;
  private final CliEnvironment environment;
  private final ExportJson json;

  ImportCommand(ImportDowntimesUseCase imports, CliEnvironment environment, ExportJson json) {
    this.imports = imports;
    this.environment = environment;
    this.json = json;
  }

  @Override
  public Integer call() throws IOException {
    boolean stdin = file.toString().equals("-");
    FileFormat chosen = FileFormat.choose(format, stdin ? null : file, FileFormat.JSONL);
    long size = stdin ? 0 : Files.size(existing(file));
    ProgressBar reading = new ProgressBar(spec.commandLine().getErr(), environment.terminal(), "Reading", size);
    List<ImportRow> rows;
    try (Reader in = stdin ? new InputStreamReader(environment.stdin(), StandardCharsets.UTF_8)
        : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      rows = new ImportFileReader(json).read(in, chosen, reading::update);
      // Characters read fall short of the file's bytes when it holds multi-byte text: the whole file was read.
      reading.update(size);
    } finally {
      reading.finish();
    }
    List<Downtime> stored;
    try {
      stored = imports.importAll(rows, actor.actor(environment));
    } catch (ValidationException e) {
      throw nothingImported(e);
    }
    spec.commandLine().getOut().println(summary(stored, rows.stream().filter(ImportRow::restores).count()));
    return ExitCodes.OK;
  }

  private static String summary(List<Downtime> stored, long restored) {
    LongSummaryStatistics ids = stored.stream().mapToLong(Downtime::id).summaryStatistics();
    return "Imported " + stored.size() + (stored.size() == 1 ? " downtime" : " downtimes")
        + (stored.isEmpty() ? "" : " (ids " + ids.getMin() + " to " + ids.getMax() + ")")
        + (restored == 0 ? "" : ", " + restored + " restored with " + (restored == 1 ? "its" : "their") + " exported id");
  }

  private static Path existing(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw CommandFailure.invalidInput("FILE: " + file + " does not exist or is not a file.");
    }
    return file;
  }

  private static ValidationException nothingImported(ValidationException refusal) {
    List<String> lines = new ArrayList<>();
    refusal.errors().forEach((field, messages) -> messages.forEach(message ->
        lines.add(FieldErrors.NON_FIELD.equals(field) ? message : field + ": " + message)));
    lines.add("Nothing was imported.");
    return new ValidationException(Map.of(FieldErrors.NON_FIELD, lines));
  }
}
