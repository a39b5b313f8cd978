package org.observatory.downtime.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.ValidationException;

class DowntimeQueryParserTest {

  private final Optional<Catalogue> catalogue = Optional.of(TestCatalogues.small());

  private DowntimeQuery parse(Map<String, List<String>> params) {
    return DowntimeQueryParser.parse(params, catalogue);
  }

  @Test
  void parse_schedulerQuery_readsTheWindow() {
    DowntimeQuery query = parse(Map.of("ends_after", List.of("2026-11-23 00:00:00"), "starts_before", List.of("2026-12-07 00:00:00")));

    assertThat(query.endsAfter()).contains(Instant.parse("2026-11-23T00:00:00Z"));
    assertThat(query.startsBefore()).contains(Instant.parse("2026-12-07T00:00:00Z"));
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
  void parse_everyInvalidFieldIsReportedAtOnce() {
    ValidationException refusal = catchThrowableOfType(ValidationException.class, () -> parse(Map.of(
        "starts_after", List.of("tomorrow"),
        "site", List.of("ogg", "nop"),
        "order", List.of("start,foo"))));

    assertThat(refusal.errors()).containsOnly(
        Map.entry("starts_after", List.of("Enter a valid date/time.")),
        Map.entry("site", List.of("Select a valid choice. nop is not one of the available choices.")),
        Map.entry("order", List.of("Select a valid choice. foo is not one of the available choices.")));
  }

  @Test
  void parse_withoutCatalogue_acceptsAnyCode() {
    DowntimeQuery query = DowntimeQueryParser.parse(Map.of("site", List.of("nop")), Optional.empty());

    assertThat(query.sites()).containsExactly("nop");
  }

  @Test
  void parse_emptyValues_areNoFilter() {
    DowntimeQuery query = parse(Map.of("site", List.of(""), "reason", List.of(""), "reason_exact", List.of(""),
        "starts_after", List.of("")));

    assertThat(query).isEqualTo(DowntimeQuery.all());
  }

  @Test
  void parse_order_acceptsListsAndDescending() {
    assertThat(parse(Map.of("order", List.of("-start,end"))).order())
        .containsExactly(SortKey.desc(SortField.START), SortKey.asc(SortField.END));
  }

  @Test
  void parse_order_refusesFieldsOutsideItsChoices() {
    ValidationException refusal = catchThrowableOfType(ValidationException.class, () -> parse(Map.of("order", List.of("site"))));

    assertThat(refusal.errors()).containsKey("order");
  }

  @Test
  void parse_ordering_anyFieldAndUnknownOnesIgnored() {
    assertThat(parse(Map.of("ordering", List.of("-site,bogus,reason"))).order())
        .containsExactly(SortKey.desc(SortField.SITE), SortKey.asc(SortField.REASON));
    assertThat(parse(Map.of("ordering", List.of("bogus"))).order()).isEqualTo(DowntimeQuery.DEFAULT_ORDER);
  }

  @Test
  void parse_orderingWinsOverOrder() {
    assertThat(parse(Map.of("order", List.of("end"), "ordering", List.of("start"))).order())
        .containsExactly(SortKey.asc(SortField.START));
  }

  @Test
  void parse_unknownParameters_areIgnored() {
    assertThat(parse(Map.of("format", List.of("json"), "page", List.of("3")))).isEqualTo(DowntimeQuery.all());
  }

  @Test
  void parse_bareDateFilter_isMidnight() {
    assertThat(parse(Map.of("created_after", List.of("2017-11-27"))).createdAfter())
        .contains(Instant.parse("2017-11-27T00:00:00Z"));
  }
}
