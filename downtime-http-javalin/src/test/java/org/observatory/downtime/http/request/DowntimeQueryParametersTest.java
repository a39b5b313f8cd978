package org.observatory.downtime.http.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.query.SortField;
import org.observatory.downtime.core.query.SortKey;

class DowntimeQueryParametersTest {

  private final Optional<Catalogue> catalogue = Optional.of(TestCatalogues.small());

  private DowntimeQuery parse(Map<String, List<String>> params) {
    return DowntimeQueryParameters.parse(params, catalogue);
  }

  @Test
  void parse_schedulerQuery_readsTheWindow() {
    DowntimeQuery query = parse(Map.of("ends_after", List.of("2026-11-23 00:00:00"),
        "starts_before", List.of("2026-12-07 00:00:00")));

    assertThat(query).isEqualTo(DowntimeQuery.builder().endsAfter(Instant.parse("2026-11-23T00:00:00Z"))
        .startsBefore(Instant.parse("2026-12-07T00:00:00Z")).build());
    assertThat(query.limit()).isEqualTo(1000);
  }

  @Test
  void parse_badPaging_meansTheDefaults() {
    for (String bad : List.of("abc", "0", "-5", "", "1.5")) {
      DowntimeQuery query = parse(Map.of("limit", List.of(bad), "offset", List.of(bad)));
      assertThat(query.limit()).isEqualTo(1000);
      assertThat(query.offset()).isZero();
    }
    assertThat(parse(Map.of("limit", List.of("10000"))).limit()).isEqualTo(10000);
  }

  @Test
  void parse_everyInvalidFieldAtOnce_inDjangoFiltersOrder() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("order", List.of("start,foo"));
    params.put("site", List.of("ogg", "nop"));
    params.put("starts_after", List.of("tomorrow"));

    ValidationException refusal = catchThrowableOfType(ValidationException.class, () -> parse(params));

    assertThat(refusal.errors()).containsExactly(
        Map.entry("starts_after", List.of("Enter a valid date/time.")),
        Map.entry("site", List.of("Select a valid choice. nop is not one of the available choices.")),
        Map.entry("order", List.of("Select a valid choice. foo is not one of the available choices.")));
  }

  @Test
  void parse_withoutCatalogue_acceptsAnyCode_butNeverAnEmptyOne() {
    assertThat(DowntimeQueryParameters.parse(Map.of("site", List.of("nop")), Optional.empty()).sites())
        .containsExactly("nop");
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> DowntimeQueryParameters.parse(Map.of("site", List.of("")), Optional.empty())).errors())
        .containsOnlyKeys("site");
  }

  @Test
  void parse_emptyTextAndDates_areNoFilter() {
    assertThat(parse(Map.of("reason", List.of(""), "reason_exact", List.of(""), "starts_after", List.of(""))))
        .isEqualTo(DowntimeQuery.all());
  }

  @Test
  void parse_orderWinsOverOrdering_orderingAloneAnyFieldUnknownOnesIgnored() {
    assertThat(parse(Map.of("order", List.of("end"), "ordering", List.of("start"))).order())
        .containsExactly(SortKey.asc(SortField.END));
    assertThat(parse(Map.of("ordering", List.of("-site,bogus,reason"))).order())
        .containsExactly(SortKey.desc(SortField.SITE), SortKey.asc(SortField.REASON));
    assertThat(parse(Map.of("order", List.of("-start,end"))).order())
        .containsExactly(SortKey.desc(SortField.START), SortKey.asc(SortField.END));
  }

  @Test
  void parse_lastValueOfASingleValuedParameterCounts() {
    assertThat(parse(Map.of("starts_after", List.of("bad", "2020-01-01"))).startsAfter())
        .contains(Instant.parse("2020-01-01T00:00:00Z"));
    assertThat(parse(Map.of("order", List.of("foo", "start"))).order()).containsExactly(SortKey.asc(SortField.START));
  }

  @Test
  void parse_unknownParameters_areIgnored() {
    assertThat(parse(Map.of("format", List.of("json"), "page", List.of("3")))).isEqualTo(DowntimeQuery.all());
  }
}
