package org.observatory.downtime.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.query.SortField;
import org.observatory.downtime.core.query.SortKey;

/**
 * What every {@link DowntimeRepository} must answer to queries: exactly what {@link DowntimeQuery#apply} answers on
 * the same rows. Adapters run it by extending this class.
 */
public abstract class DowntimeQueryContract {

  private static final Instant A = Instant.parse("2026-12-01T00:00:00Z");

  protected DowntimeRepository repository;
  private final List<Downtime> stored = new ArrayList<>();

  /** A repository over an empty store that stamps times from {@code clock}; called before each test. */
  protected abstract DowntimeRepository createRepository(TestClock clock);

  @BeforeEach
  void storeSomeDowntimes() {
    TestClock clock = new TestClock(Instant.parse("2026-11-01T00:00:00Z"));
    repository = createRepository(clock);
    stored.clear();
    add(clock, draft("ogg", "clma", "2m0a", "", A, 2, "Mirror recoat"));
    add(clock, draft("ogg", "clma", "0m4b", "0M4-SCICAM-SBIG", A.plusSeconds(3600), 1, "100% _underscore_ Wartung"));
    add(clock, draft("coj", "doma", "1m0a", "", A.minus(Duration.ofDays(10)), 24 * 12, "Long MIRROR work"));
    add(clock, draft("coj", "doma", "1m0a", "1M0-NRES-SCICAM", A.plus(Duration.ofDays(3)), 5, "ÉCLAIRAGE Ünïcode"));
    add(clock, draft("ogg", "clma", "2m0a", "", A.plus(Duration.ofDays(30)), 1, "a\\b"));
    add(clock, draft("ogg", "clma", "2m0a", "", A.minus(Duration.ofDays(30)), 1, ""));
  }

  private void add(TestClock clock, DowntimeDraft draft) {
    stored.add(repository.create(draft, "tester"));
    clock.advance(Duration.ofMinutes(1));
  }

  private static DowntimeDraft draft(String site, String enclosure, String telescope, String type, Instant start,
      long hours, String reason) {
    return new DowntimeDraft(start, start.plus(Duration.ofHours(hours)), site, enclosure, telescope, type, reason,
        "tester", null);
  }

  /** Asserts the store answers exactly as {@link DowntimeQuery#apply} on the stored rows. */
  protected void assertSameAsApply(DowntimeQuery query) {
    DowntimePage expected = query.apply(stored);
    assertThat(repository.find(query)).as(query.toString()).isEqualTo(expected);
    assertThat(repository.count(query)).as(query.toString()).isEqualTo(expected.count());
  }

  @Test
  void find_all_isCreationOrder() {
    assertThat(repository.find(DowntimeQuery.all()).results()).containsExactlyElementsOf(stored);
  }

  @Test
  void find_overlapping_hasInclusiveBounds_andFindsLongDowntimes() {
    Instant end = A.plus(Duration.ofHours(2));
    DowntimeQuery touchingEnd = DowntimeQuery.builder().overlapping(end, end.plusSeconds(60)).build();
    DowntimeQuery window = DowntimeQuery.builder().overlapping(A.minusSeconds(1), A.plus(Duration.ofDays(1))).build();

    assertThat(repository.find(touchingEnd).results()).extracting(Downtime::reason)
        .contains("Mirror recoat", "Long MIRROR work");
    assertThat(repository.find(window).results()).hasSize(3);
    assertSameAsApply(touchingEnd);
    assertSameAsApply(window);
    assertSameAsApply(DowntimeQuery.builder().overlapping(A, A.plusSeconds(3600)).site("coj").build());
  }

  @Test
  void find_timeFilters_matchApply() {
    assertSameAsApply(DowntimeQuery.builder().startsAfter(A).startsBefore(A.plus(Duration.ofDays(3))).build());
    assertSameAsApply(DowntimeQuery.builder().endsBefore(A.plus(Duration.ofHours(2))).build());
    assertSameAsApply(DowntimeQuery.builder().createdAfter(stored.get(2).created()).build());
    assertSameAsApply(DowntimeQuery.builder().modifiedBefore(stored.get(1).modified()).build());
  }

  @Test
  void find_reasonContains_ignoresCase_andTakesWildcardsLiterally() {
    assertThat(repository.find(DowntimeQuery.builder().reasonContains("mirror").build()).count()).isEqualTo(2);
    assertThat(repository.find(DowntimeQuery.builder().reasonContains("éclairage").build()).count()).isEqualTo(1);
    assertThat(repository.find(DowntimeQuery.builder().reasonContains("%").build()).count()).isEqualTo(1);
    assertThat(repository.find(DowntimeQuery.builder().reasonContains("_u").build()).count()).isEqualTo(1);
    assertThat(repository.find(DowntimeQuery.builder().reasonContains("\\").build()).count()).isEqualTo(1);
    assertThat(repository.find(DowntimeQuery.builder().reasonContains("r_c").build()).count()).isZero();
  }

  @Test
  void find_reasonExact_isCaseSensitive() {
    assertThat(repository.find(DowntimeQuery.builder().reasonExact("Mirror recoat").build()).count()).isEqualTo(1);
    assertThat(repository.find(DowntimeQuery.builder().reasonExact("mirror recoat").build()).count()).isZero();
  }

  @Test
  void find_codes_repeatedMeansEither() {
    assertSameAsApply(DowntimeQuery.builder().site("ogg", "coj").build());
    assertSameAsApply(DowntimeQuery.builder().site("coj").telescope("1m0a").instrumentType("").build());
    assertSameAsApply(DowntimeQuery.builder().enclosure("clma").instrumentType("0M4-SCICAM-SBIG", "nope").build());
    assertThat(repository.find(DowntimeQuery.builder().site("xyz").build()).count()).isZero();
  }

  @Test
  void find_order_byTextInCodePointOrder_thenById() {
    assertSameAsApply(DowntimeQuery.builder().order(SortKey.asc(SortField.REASON)).build());
    assertSameAsApply(DowntimeQuery.builder().order(SortKey.desc(SortField.SITE), SortKey.asc(SortField.START)).build());
    assertSameAsApply(DowntimeQuery.builder().order(SortKey.asc(SortField.CREATED_BY)).build());
    assertSameAsApply(DowntimeQuery.builder().order(SortKey.desc(SortField.END)).build());
  }

  @Test
  void find_paging_countsEveryMatch() {
    DowntimeQuery page = DowntimeQuery.builder().order(SortKey.asc(SortField.START)).limit(2).offset(1).build();

    DowntimePage answer = repository.find(page);

    assertThat(answer.count()).isEqualTo(6);
    assertThat(answer.results()).hasSize(2);
    assertSameAsApply(page);
    assertSameAsApply(page.withPage(2, 5));
    assertSameAsApply(page.withPage(3, 6));
    assertSameAsApply(page.withPage(10, 100));
    assertSameAsApply(page.withPage(DowntimeQuery.UNLIMITED, 2));
  }

  @Test
  void forEach_streamsTheSelectedRowsInOrder() {
    DowntimeQuery query = DowntimeQuery.builder().order(SortKey.desc(SortField.START)).limit(4).offset(1).build();
    List<Downtime> streamed = new ArrayList<>();

    repository.forEach(query, streamed::add);

    assertThat(streamed).containsExactlyElementsOf(query.apply(stored).results());
  }

  @Test
  void find_bySeries_returnsItsOccurrences() {
    long series = repository.nextSeriesId();
    List<Downtime> occurrences = repository.createAll(List.of(
        draft("ogg", "clma", "2m0a", "", A.plus(Duration.ofDays(7)), 1, "weekly").withSeriesId(series),
        draft("ogg", "clma", "2m0a", "", A.plus(Duration.ofDays(14)), 1, "weekly").withSeriesId(series)), "ada");

    assertThat(repository.find(DowntimeQuery.builder().seriesId(series).build()).results())
        .containsExactlyElementsOf(occurrences);
  }

  @Test
  void find_byCategory_keepsItThroughUpdates_andSelectsAnyOfThem() {
    Downtime engineering = repository.create(draft("ogg", "clma", "2m0a", "", A.plus(Duration.ofDays(40)), 2, "tests")
        .withCategory("engineering"), "ada");
    Downtime weather = repository.create(draft("coj", "doma", "1m0a", "", A.plus(Duration.ofDays(41)), 2, "snow")
        .withCategory("weather"), "ada");
    Downtime changed = repository.update(weather.id(), weather.toDraft().withCategory("maintenance"), "ada")
        .orElseThrow();

    assertThat(repository.findById(engineering.id()).orElseThrow().category()).isEqualTo("engineering");
    assertThat(changed.category()).isEqualTo("maintenance");
    assertThat(repository.find(DowntimeQuery.builder().category("engineering", "maintenance").build()).results())
        .containsExactly(engineering, changed);
    assertThat(repository.find(DowntimeQuery.builder().category("").build()).count()).isEqualTo(6);
    assertThat(repository.find(DowntimeQuery.builder().category("weather").build()).count()).isZero();
  }
}
