package org.observatory.downtime.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.query.DowntimeQueryBuilder;
import org.observatory.downtime.core.query.FilterTerms;
import org.observatory.downtime.core.query.SortKey;
import picocli.CommandLine.Option;

/**
 * Every filter of the list API as command options, read with the core's {@link FilterTerms} so that the command line
 * accepts and refuses what the API does, with the same field names and messages.
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

  @Option(names = "--category", paramLabel = "CATEGORY",
      description = "Category (maintenance, engineering, education, realtime, weather, other); repeatable.")
  List<String> categories = List.of();

  @Option(names = "--order", paramLabel = "FIELDS",
      description = "Comma-separated of start, end, created, modified; '-' before a field for descending.")
  String order;

  @Option(names = "--ordering", paramLabel = "FIELDS", description = "Like --order, on any field of the "
      + "representation; unknown fields are ignored. --order wins when both are given.")
  String ordering;

  @Option(names = "--limit", paramLabel = "N", description = "At most N downtimes.")
  Integer limit;

  @Option(names = "--offset", paramLabel = "N", description = "Skip the first N matching downtimes.")
  Integer offset;

  /**
   * The query these options describe, read with the list API's {@link FilterTerms}.
   *
   * @param catalogue    the current catalogue, to refuse codes it does not offer; empty to accept any non-empty code
   * @param defaultLimit the page size when {@code --limit} is not given
   * @throws org.observatory.downtime.core.model.ValidationException naming every invalid filter (API parameter names)
   */
  DowntimeQuery toQuery(Optional<Catalogue> catalogue, int defaultLimit) {
    FieldErrors errors = new FieldErrors();
    DowntimeQueryBuilder query = DowntimeQuery.builder();
    codes(errors, "site", sites, catalogue, query::site);
    codes(errors, "enclosure", enclosures, catalogue, query::enclosure);
    codes(errors, "telescope", telescopes, catalogue, query::telescope);
    codes(errors, "instrument_type", instrumentTypes, catalogue, query::instrumentType);
    FilterTerms.date(errors, "starts_after", startsAfter).ifPresent(query::startsAfter);
    FilterTerms.date(errors, "starts_before", startsBefore).ifPresent(query::startsBefore);
    FilterTerms.date(errors, "ends_after", endsAfter).ifPresent(query::endsAfter);
    FilterTerms.date(errors, "ends_before", endsBefore).ifPresent(query::endsBefore);
    FilterTerms.date(errors, "created_after", createdAfter).ifPresent(query::createdAfter);
    FilterTerms.date(errors, "created_before", createdBefore).ifPresent(query::createdBefore);
    FilterTerms.date(errors, "modified_after", modifiedAfter).ifPresent(query::modifiedAfter);
    FilterTerms.date(errors, "modified_before", modifiedBefore).ifPresent(query::modifiedBefore);
    query.reasonContains(reason).reasonExact(reasonExact);
    FilterTerms.checkCategories(errors, categories);
    query.category(categories.toArray(String[]::new));
    // As the API: when both are given, --order decides.
    List<SortKey> strict = FilterTerms.order(order, errors);
    query.order(strict.isEmpty() ? FilterTerms.ordering(ordering) : strict);
    query.limit(limit == null || limit < 1 ? defaultLimit : limit).offset(offset == null ? 0 : offset);
    errors.throwIfAny();
    return query.build();
  }

  private static void codes(FieldErrors errors, String filter, List<String> values, Optional<Catalogue> catalogue,
                            Consumer<String[]> select) {
    FilterTerms.checkChoices(errors, filter, values, catalogue);
    select.accept(values.toArray(String[]::new));
  }
}
