package org.observatory.downtime.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.query.DowntimeQuery;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code list}: the downtimes a list query selects, as a table, JSON or CSV. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "Lists downtimes with the filters of the API (GET /api/), in creation order unless --order is given.")
final class ListCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  QueryOptions filters;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  /** Mutually exclusive output formats; an aligned table when neither is given. */
  static final class Format {
    @Option(names = "--json", description = "A JSON array of downtimes, dates as YYYY-MM-DDTHH:MM:SSZ.")
    boolean json;

    @Option(names = "--csv", description = "Comma-separated values with a header line.")
    boolean csv;
  }

  private final FindDowntimesUseCase find;
  private final InstrumentCatalogue catalogue;
  private final ExportJson jsonText;

  ListCommand(FindDowntimesUseCase find, InstrumentCatalogue catalogue, ExportJson jsonText) {
    this.find = find;
    this.catalogue = catalogue;
    this.jsonText = jsonText;
  }

  @Override
  public Integer call() {
    DowntimeQuery query = filters.toQuery(catalogue.current(), DowntimeQuery.DEFAULT_LIMIT);
    DowntimePage page = find.list(query);
    PrintWriter out = spec.commandLine().getOut();
    if (format.json) {
      out.println(jsonText.array(page.results()));
    } else if (format.csv) {
      out.println(Csv.line(DowntimeFields.NAMES));
      page.results().forEach(downtime -> out.println(Csv.line(DowntimeFields.texts(downtime))));
    } else {
      DowntimeTable.print(page.results(), out);
    }
    if (page.results().size() < page.count()) {
      // On stderr, so that piped JSON or CSV stays clean.
      spec.commandLine().getErr().println("Showing " + page.results().size() + " of " + page.count()
          + " downtimes (from offset " + query.offset() + "); use --limit and --offset for the others.");
    }
    return ExitCodes.OK;
  }
}
