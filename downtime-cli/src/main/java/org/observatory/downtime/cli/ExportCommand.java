package org.observatory.downtime.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.query.DowntimeQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: writes the downtimes a list query selects as JSON lines or CSV, every one unless --limit is given. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes downtimes (every one matching the filters) as JSON lines or CSV, readable by import.",
        "Every field is written, times exact to the microsecond (.uuuuuu before the Z when not whole seconds), so "
        + "that import into an empty database restores identical rows."})
final class ExportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  QueryOptions filters;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "jsonl or csv. Default: from the extension of --output (.csv, .jsonl), else jsonl.")
  String format;

  private final FindDowntimesUseCase find;
  private final InstrumentCatalogue catalogue;
  private final CliEnvironment environment;
  private final ExportJson json;

  ExportCommand(FindDowntimesUseCase find, InstrumentCatalogue catalogue, CliEnvironment environment, ExportJson json) {
    this.find = find;
    this.catalogue = catalogue;
    this.environment = environment;
    this.json = json;
  }

  @Override
  public Integer call() throws IOException {
    FileFormat chosen = FileFormat.choose(format, output, FileFormat.JSONL);
    DowntimeQuery query = filters.toQuery(catalogue.current(), DowntimeQuery.UNLIMITED);
    PrintWriter err = spec.commandLine().getErr();
    long total = Math.max(0, Math.min(find.list(query.withPage(1, 0)).count() - query.offset(), query.limit()));
    // Only a file gets a bar: on stdout the data itself scrolls past.
    ProgressBar progress = new ProgressBar(err, environment.terminal() && output != null, "Exporting", total);
    long written;
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      written = write(query, chosen, out, progress);
      out.flush();
    } else {
      // Written beside the target and moved into place, so that a failure never leaves half a file.
      Path target = output.toAbsolutePath();
      Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
      try {
        try (Writer file = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(file)) {
          written = write(query, chosen, out, progress);
          if (out.checkError()) {
            throw new IOException("could not write " + output);
          }
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(partial);
        progress.finish();
      }
      err.println("Exported " + written + (written == 1 ? " downtime" : " downtimes") + " to " + output);
    }
    return ExitCodes.OK;
  }

  private long write(DowntimeQuery query, FileFormat format, PrintWriter out, ProgressBar progress) {
    long[] count = {0};
    if (format == FileFormat.CSV) {
      out.println(Csv.line(DowntimeFields.NAMES));
    }
    find.forEach(query, downtime -> {
      out.println(format == FileFormat.CSV ? Csv.line(DowntimeFields.exportedTexts(downtime)) : json.exportLine(downtime));
      progress.update(++count[0]);
    });
    return count[0];
  }
}
