package org.observatory.downtime.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.observatory.downtime.core.availability.TimeLostCsv;
import org.observatory.downtime.core.availability.TimeLostReport;
import org.observatory.downtime.core.availability.TimeLostRow;
import org.observatory.downtime.core.availability.TimeLostTerms;
import org.observatory.downtime.core.port.in.NightsUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code report}: the dark time lost to downtimes, as {@code GET /api/reports/time-lost/} answers it. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Dark time lost to downtimes over the nights from --start to --end (local dates at each site), "
        + "by telescope, category or month, as GET /api/reports/time-lost/.")
final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--start", required = true, paramLabel = "DATE", description = "First night (YYYY-MM-DD).")
  String start;

  @Option(names = "--end", required = true, paramLabel = "DATE", description = "Last night, included (YYYY-MM-DD).")
  String end;

  @Option(names = {"-s", "--site"}, paramLabel = "CODE", description = "Site code; repeatable. Default: every site.")
  List<String> sites = List.of();

  @Option(names = {"-t", "--telescope"}, paramLabel = "CODE", description = "Telescope code; repeatable.")
  List<String> telescopes = List.of();

  @Option(names = "--category", paramLabel = "CATEGORY", description = "Count only downtimes of this category; "
      + "repeatable.")
  List<String> categories = List.of();

  @Option(names = "--group", paramLabel = "GROUP", defaultValue = "telescope",
      description = "telescope (default), category or month.")
  String group;

  @Option(names = "--twilight", paramLabel = "TWILIGHT", defaultValue = "astronomical",
      description = "How dark: sunset, civil, nautical or astronomical (default).")
  String twilight;

  @Option(names = "--csv", description = "Comma-separated values with a header line, as the API's format=csv.")
  boolean csv;

  private final NightsUseCase nights;

  ReportCommand(NightsUseCase nights) {
    this.nights = nights;
  }

  @Override
  public Integer call() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("start", List.of(start));
    params.put("end", List.of(end));
    params.put("site", sites);
    params.put("telescope", telescopes);
    params.put("category", categories);
    params.put("group", List.of(group));
    params.put("twilight", List.of(twilight));
    TimeLostReport report = nights.timeLost(TimeLostTerms.read(params));
    PrintWriter out = spec.commandLine().getOut();
    if (csv) {
      out.print(TimeLostCsv.write(report));
    } else {
      table(report, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void table(TimeLostReport report, PrintWriter out) {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {report.group().apiName(), "dark h", "lost h", "lost %", "instrument h"});
    report.rows().forEach(row -> lines.add(cells(row.key().isEmpty() ? "(none)" : row.key(), row)));
    lines.add(cells("total", report.total()));
    int[] widths = new int[5];
    lines.forEach(cells -> {
      for (int i = 0; i < cells.length; i++) {
        widths[i] = Math.max(widths[i], cells[i].length());
      }
    });
    for (String[] cells : lines) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + widths[0] + "s", cells[0]));
      for (int i = 1; i < cells.length; i++) {
        line.append("  ").append(String.format(Locale.ROOT, "%" + widths[i] + "s", cells[i]));
      }
      out.println(line);
    }
  }

  private static String[] cells(String key, TimeLostRow row) {
    return new String[] {key, String.format(Locale.ROOT, "%.2f", row.darkHours()),
        String.format(Locale.ROOT, "%.2f", row.darkHoursLost()),
        String.format(Locale.ROOT, "%.1f", 100 * row.fractionLost()),
        String.format(Locale.ROOT, "%.2f", row.instrumentHours())};
  }
}
