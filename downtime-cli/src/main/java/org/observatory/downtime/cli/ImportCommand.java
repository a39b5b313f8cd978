package org.observatory.downtime.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.in.CreateDowntimeUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import FILE}: creates every downtime of a JSON-lines or CSV file, all-or-nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Creates every downtime in FILE (JSON lines or CSV, as written by export), all or nothing: "
        + "one bad row and none is created; each bad row is reported with its number.",
        "Fields: start, end, site, enclosure, telescope (required); instrument_type, reason, created_by. "
        + "id, created, modified and series_id are ignored."})
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

  private final CreateDowntimeUseCase create;
  private final CliEnvironment environment;
  private final DowntimeJson json;

  ImportCommand(CreateDowntimeUseCase create, CliEnvironment environment, DowntimeJson json) {
    this.create = create;
    this.environment = environment;
    this.json = json;
  }

  @Override
  public Integer call() throws IOException {
    boolean stdin = file.toString().equals("-");
    FileFormat chosen = FileFormat.choose(format, stdin ? null : file, FileFormat.JSONL);
    long size = stdin ? 0 : Files.size(existing(file));
    ProgressBar reading = new ProgressBar(spec.commandLine().getErr(), environment.terminal(), "Reading", size);
    List<DowntimeDraft> drafts;
    try (Reader in = stdin ? new InputStreamReader(environment.stdin(), StandardCharsets.UTF_8)
        : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      drafts = new DraftReader(json).read(in, chosen, reading::update);
      // Characters read fall short of the file's bytes when it holds multi-byte text: the whole file was read.
      reading.update(size);
    } finally {
      reading.finish();
    }
    List<Downtime> created;
    try {
      created = create.createAll(drafts, actor.actor(environment));
    } catch (ValidationException e) {
      throw nothingImported(e);
    }
    spec.commandLine().getOut().println("Imported " + created.size() + (created.size() == 1 ? " downtime" : " downtimes")
        + (created.isEmpty() ? "" : " (ids " + created.get(0).id() + " to " + created.get(created.size() - 1).id() + ")"));
    return ExitCodes.OK;
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
