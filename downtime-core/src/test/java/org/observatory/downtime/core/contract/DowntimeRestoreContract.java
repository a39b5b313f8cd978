package org.observatory.downtime.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observatory.downtime.core.fixtures.Drafts.T0;
import static org.observatory.downtime.core.fixtures.Drafts.aDraft;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.AuditEntry;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeExistsException;
import org.observatory.downtime.core.port.out.AuditTrail;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.query.DowntimeQuery;

/**
 * What {@link DowntimeRepository#restoreAll} must do; part of {@link DowntimeRepositoryContract}, so every adapter
 * that runs that contract runs these tests on an empty store too.
 */
public interface DowntimeRestoreContract {

  /** The repository under test, over an empty store. */
  DowntimeRepository repository();

  /** Its audit trail. */
  AuditTrail audit();

  /** An exported downtime as another store kept it: its own id, creator, series and times to the microsecond. */
  static Downtime exported(long id, DowntimeDraft values, Long seriesId) {
    Instant created = Instant.parse("2024-03-04T05:06:07.890123Z").plusSeconds(id);
    return new Downtime(id, values.start(), values.end(), values.site(), values.enclosure(), values.telescope(),
        values.instrumentType(), values.reason(), created, created.plus(Duration.ofMinutes(3).plusNanos(5_000)),
        "ada", seriesId);
  }

  @Test
  default void restoreAll_keepsEveryValue_thenCreatesTheNewOnesAfterThem() {
    Downtime first = exported(42, aDraft().withReason("Ünïcödé ☃ 100% _x_").withInstrumentType("2M0-SCICAM-MUSCAT"),
        7L);
    Downtime second = exported(10, aDraft(T0.plusNanos(123_456_000), 3), null);

    List<Downtime> stored = repository().restoreAll(List.of(first, second), List.of(aDraft(T0, 1)), "restorer");

    assertThat(stored.subList(0, 2)).containsExactly(first, second);
    assertThat(repository().findById(42)).contains(first);
    assertThat(repository().findById(10)).contains(second);
    assertThat(stored.get(2).id()).isGreaterThan(42);
    assertThat(stored.get(2).toDraft()).isEqualTo(aDraft(T0, 1));
    assertThat(repository().count(DowntimeQuery.all())).isEqualTo(3);
  }

  @Test
  default void restoreAll_newRowsInAnyTimeOrder_areNumberedAndAnsweredInTheirOrder() {
    List<DowntimeDraft> created = List.of(aDraft(T0.plusSeconds(86_400 * 5), 1), aDraft(T0, 1),
        aDraft(T0.plusSeconds(86_400 * 3), 1));

    List<Downtime> stored = repository().restoreAll(List.of(), created, "importer");

    assertThat(stored).extracting(Downtime::toDraft).containsExactlyElementsOf(created);
    assertThat(stored).extracting(Downtime::id).isSorted().doesNotHaveDuplicates();
    for (Downtime downtime : stored) {
      assertThat(repository().findById(downtime.id())).contains(downtime);
    }
  }

  @Test
  default void restoreAll_idsAndSeriesIdsHandedOutLater_areGreaterThanEveryRestoredOne() {
    repository().restoreAll(List.of(exported(1, aDraft(), 1L)), List.of(), "restorer");
    assertThat(repository().create(aDraft(), "").id()).isGreaterThan(1);
    assertThat(repository().nextSeriesId()).isGreaterThan(1);

    repository().restoreAll(List.of(exported(5000, aDraft(), 700L)), List.of(), "restorer");

    assertThat(repository().create(aDraft(), "").id()).isGreaterThan(5000);
    assertThat(repository().nextSeriesId()).isGreaterThan(700);
  }

  @Test
  default void restoreAll_oldIdBelowTheCounter_neverMovesTheCounterBack() {
    Downtime a = repository().create(aDraft(), "");
    Downtime b = repository().create(aDraft(), "");
    repository().delete(List.of(a.id()), "");

    repository().restoreAll(List.of(exported(a.id(), aDraft(), null)), List.of(), "restorer");

    assertThat(repository().create(aDraft(), "").id()).isGreaterThan(b.id());
  }

  @Test
  default void restoreAll_idAlreadyStored_isRefused_andNothingIsWritten() {
    Downtime existing = repository().create(aDraft(), "");
    Optional<Instant> version = repository().lastModified();
    List<Downtime> restored = List.of(exported(existing.id() + 100, aDraft(), null), exported(existing.id(), aDraft(), null));

    assertThatThrownBy(() -> repository().restoreAll(restored, List.of(aDraft()), "restorer"))
        .isInstanceOfSatisfying(DowntimeExistsException.class, e -> assertThat(e.id()).isEqualTo(existing.id()));

    assertThat(repository().find(DowntimeQuery.all()).results()).containsExactly(existing);
    assertThat(repository().lastModified()).isEqualTo(version);
    assertThat(audit().history(existing.id() + 100)).isEmpty();
  }

  @Test
  default void restoreAll_recordsCreationsByTheActor_andMovesLastModified() {
    Optional<Instant> before = repository().lastModified();
    Downtime restored = exported(77, aDraft(), null);

    repository().restoreAll(List.of(restored), List.of(), "restorer");

    List<AuditEntry> history = audit().history(77);
    assertThat(history).singleElement().satisfies(entry -> {
      assertThat(entry.action()).isEqualTo(AuditEntry.Action.CREATE);
      assertThat(entry.actor()).isEqualTo("restorer");
      assertThat(entry.after()).isEqualTo(restored);
    });
    assertThat(repository().lastModified()).isPresent().isNotEqualTo(before);
  }

  @Test
  default void restoreAll_longerThanAnyStoredDowntime_isFoundByAnOverlapQuery() {
    repository().create(aDraft(T0, 1), "");
    Downtime longOne = exported(9, aDraft(T0.minus(Duration.ofDays(400)), 24 * 800), null);

    repository().restoreAll(List.of(longOne), List.of(), "restorer");

    DowntimeQuery overlapping = DowntimeQuery.builder().overlapping(T0.plus(Duration.ofDays(300)),
        T0.plus(Duration.ofDays(301))).build();
    assertThat(repository().find(overlapping).results()).containsExactly(longOne);
  }
}
