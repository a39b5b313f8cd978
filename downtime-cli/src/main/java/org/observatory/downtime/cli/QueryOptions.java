package org.observatory.downtime.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.query.DowntimeQueryParser;
import picocli.CommandLine.Option;

/**
 * Every filter of the list API as command options; read through the core's {@link DowntimeQueryParser} so the
 * command line accepts and refuses exactly what the API does.
 */
final class QueryOptions {

  @Option(names = {"-s", "--site"}, paramLabel = "CODE", description = "Site code; repeat for either of several.")
  List<String> sites = List.of();

  @Option(names = {"-e", "--enclosure"}, paramLabel = "CODE", description = "Enclosure code; repeatable.")
  List<String> enclosures = List.of();

  @Option(names = {"-t", "--telescope"}, paramLabel = "CODE", description = "Telescope code; repeatable.")
  List<String> telescopes = List.of();

  @Option(names = {"-i", "--instrument-type", "--instrument_type"}, paramLabel = "CODE",
      description = "Instrument type code; repeatable.")
  List<String> instrumentTypes = List.of();

  @Option(names = "--starts-after", paramLabel = "DATE", description = "Start at or after this time (UTC unless a zone is given).")
  String startsAfter;

  @Option(names = "--starts-before", paramLabel = "DATE", description = "Start at or before this time.")
  String startsBefore;

  @Option(names = "--ends-after", paramLabel = "DATE", description = "End at or after this time.")
  String endsAfter;

  @Option(names = "--ends-before", paramLabel = "DATE", description = "End at or before this time.")
  String endsBefore;

  @Option(names = "--created-after", paramLabel = "DATE", description = "Created at or after this time.")
  String createdAfter;

  @Option(names = "--created-before", paramLabel = "DATE", description = "Created at or before this time.")
  String createdBefore;

  @Option(names = "--modified-after", paramLabel = "DATE", description = "Last changed at or after this time.")
  String modifiedAfter;

  @Option(names = "--modified-before", paramLabel = "DATE", description = "Last changed at or before this time.")
  String modifiedBefore;

  @Option(names = "--reason", paramLabel = "TEXT", description = "Reason contains this text, ignoring case.")
  String reason;

  @Option(names = "--reason-exact", paramLabel = "TEXT", description = "Reason is exactly this text.")
  String reasonExact;

  @Option(names = "--order", paramLabel = "FIELDS",
      description = "Comma-separated of start, end, created, modified; '-' before a field for descending.")
  String order;

  @Option(names = "--ordering", paramLabel = "FIELDS", description = "Like --order, on any field of the representation.")
  String ordering;

  @Option(names = "--limit", paramLabel = "N", description = "At most N downtimes.")
  Integer limit;

  @Option(names = "--offset", paramLabel = "N", description = "Skip the first N matching downtimes.")
  Integer offset;

  /**
   * The query these options describe.
   *
   * @param defaultLimit the page size when {@code --limit} is not given
   * @throws org.observatory.downtime.core.model.ValidationException naming every invalid filter (API parameter names)
   */
  DowntimeQuery toQuery(Optional<Catalogue> catalogue, int defaultLimit) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("site", sites);
    params.put("enclosure", enclosures);
    params.put("telescope", telescopes);
    params.put("instrument_type", instrumentTypes);
    put(params, "starts_after", startsAfter);
    put(params, "starts_before", startsBefore);
    put(params, "ends_after", endsAfter);
    put(params, "ends_before", endsBefore);
    put(params, "created_after", createdAfter);
    put(params, "created_before", createdBefore);
    put(params, "modified_after", modifiedAfter);
    put(params, "modified_before", modifiedBefore);
    put(params, "reason", reason);
    put(params, "reason_exact", reasonExact);
    put(params, "order", order);
    put(params, "ordering", ordering);
    DowntimeQuery query = DowntimeQueryParser.parse(params, catalogue);
    int pageSize = limit == null || limit < 1 ? defaultLimit : limit;
    return query.withPage(pageSize, offset == null ? 0 : offset);
  }

  private static void put(Map<String, List<String>> params, String name, String value) {
    if (value != null) {
      params.put(name, List.of(value));
    }
  }
}
