package org.observatory.downtime.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.core.fixtures.Drafts.T0;
import static org.observatory.downtime.core.fixtures.Drafts.aDraft;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.AuditEntry;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.port.out.AuditTrail;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.query.DowntimeQuery;

/**
 * What every {@link DowntimeRepository} (with its {@link AuditTrail}) must do when writing; adapters run it by
 * extending this class. The query semantics are in {@link DowntimeQueryContract}; restoring exported downtimes
 * is in {@link DowntimeRestoreContract}.
 */
public abstract class DowntimeRepositoryContract implements DowntimeRestoreContract {

  /** When the test clock starts. */
  protected static final Instant NOW = Instant.parse("2026-11-20T08:00:00.123456Z");

  protected TestClock clock;
  protected DowntimeRepository repository;
  protected AuditTrail audit;

  /** A repository over an empty store that stamps times from {@code clock}; called before each test. */
  protected abstract DowntimeRepository createRepository(TestClock clock);

  /** The audit trail of the repository {@link #createRepository} last returned. */
  protected abstract AuditTrail auditTrail();

  @Override
  public DowntimeRepository repository() {
    return repository;
  }

  @Override
  public AuditTrail audit() {
    return audit;
  }

  @BeforeEach
  void createStore() {
    clock = new TestClock(NOW);
    repository = createRepository(clock);
    audit = auditTrail();
  }

  @Test
  void create_setsIdAndTimes_andFindByIdReturnsIt() {
    Downtime created = repository.create(aDraft().withReason("Mirror recoat").withCreatedBy("ada"), "ada");

    assertThat(created.created()).isEqualTo(NOW).isEqualTo(created.modified());
    assertThat(created.toDraft()).isEqualTo(aDraft().withReason("Mirror recoat").withCreatedBy("ada"));
    assertThat(repository.findById(created.id())).contains(created);
    assertThat(repository.findById(created.id() + 1000)).isEmpty();
  }

  @Test
  void create_keepsMicroseconds_unicode_andInstrumentType() {
    Instant start = Instant.parse("1999-12-31T23:59:59.999999Z");
    DowntimeDraft draft = aDraft(start, 3).withInstrumentType("2M0-SCICAM-MUSCAT")
        .withReason("Ünïcödé ☃ 星 😀 100% _done_ \\ \"quoted\"\nsecond line").withSeriesId(7L);

    Downtime created = repository.create(draft, "");

    assertThat(repository.findById(created.id()).orElseThrow().toDraft()).isEqualTo(draft);
  }

  @Test
  void createAll_returnsInTheGivenOrder_withDistinctIds() {
    List<DowntimeDraft> drafts = List.of(aDraft(T0, 1), aDraft(T0.minusSeconds(7200), 5), aDraft(T0.plusSeconds(60), 2));

    List<Downtime> created = repository.createAll(drafts, "importer");

    assertThat(created).extracting(Downtime::toDraft).containsExactlyElementsOf(drafts);
    assertThat(created).extracting(Downtime::id).doesNotHaveDuplicates();
    assertThat(repository.count(DowntimeQuery.all())).isEqualTo(3);
    assertThat(repository.createAll(List.of(), "importer")).isEmpty();
  }

  @Test
  void creationOrder_followsTheOrderOfCreation_evenWhenTheClockStandsStill() {
    List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(repository.create(aDraft(T0.minusSeconds(i * 3600L), 1), "").id());
    }

    List<Downtime> listed = repository.find(DowntimeQuery.all()).results();

    assertThat(listed).extracting(Downtime::id).containsExactlyElementsOf(ids);
  }

  @Test
  void update_replacesValues_keepsIdCreatedAndCreator_setsModified() {
    Downtime created = repository.create(aDraft().withCreatedBy("ada"), "ada");
    clock.advance(Duration.ofMinutes(5));
    DowntimeDraft values = aDraft(T0.plusSeconds(3600), 4).withReason("Changed").withCreatedBy("mallory");

    Downtime updated = repository.update(created.id(), values, "bob").orElseThrow();

    assertThat(updated.id()).isEqualTo(created.id());
    assertThat(updated.created()).isEqualTo(created.created());
    assertThat(updated.createdBy()).isEqualTo("ada");
    assertThat(updated.modified()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    assertThat(updated.start()).isEqualTo(values.start());
    assertThat(updated.reason()).isEqualTo("Changed");
    assertThat(repository.findById(created.id())).contains(updated);
  }

  @Test
  void update_unknownId_isEmpty() {
    assertThat(repository.update(424242, aDraft(), "bob")).isEmpty();
  }

  @Test
  void delete_returnsWhatWasDeleted_andIgnoresUnknownIds() {
    Downtime a = repository.create(aDraft(T0, 1), "");
    Downtime b = repository.create(aDraft(T0, 2), "");
    Downtime c = repository.create(aDraft(T0, 3), "");

    List<Downtime> deleted = repository.delete(List.of(c.id(), a.id(), 999_999L), "bob");

    assertThat(deleted).containsExactlyInAnyOrder(a, c);
    assertThat(repository.find(DowntimeQuery.all()).results()).containsExactly(b);
    assertThat(repository.delete(List.of(a.id()), "bob")).isEmpty();
  }

  @Test
  void audit_recordsEveryChange_andKeepsItAfterDelete() {
    Downtime created = repository.create(aDraft(), "ada");
    clock.advance(Duration.ofSeconds(1));
    Downtime updated = repository.update(created.id(), aDraft().withReason("New"), "bob").orElseThrow();
    clock.advance(Duration.ofSeconds(1));
    repository.delete(List.of(created.id()), "carol");

    List<AuditEntry> history = audit.history(created.id());

    assertThat(history).extracting(AuditEntry::action)
        .containsExactly(AuditEntry.Action.CREATE, AuditEntry.Action.UPDATE, AuditEntry.Action.DELETE);
    assertThat(history).extracting(AuditEntry::actor).containsExactly("ada", "bob", "carol");
    assertThat(history.get(0).before()).isNull();
    assertThat(history.get(0).after()).isEqualTo(created);
    assertThat(history.get(1).before()).isEqualTo(created);
    assertThat(history.get(1).after()).isEqualTo(updated);
    assertThat(history.get(2).before()).isEqualTo(updated);
    assertThat(history.get(2).after()).isNull();
    assertThat(history.get(2).at()).isEqualTo(NOW.plusSeconds(2));
    assertThat(audit.history(created.id() + 1000)).isEmpty();
  }

  @Test
  void auditSince_returnsLaterChangesOldestFirst_upToTheLimit() {
    Downtime first = repository.create(aDraft(), "ada");
    clock.advance(Duration.ofHours(1));
    Downtime second = repository.create(aDraft(), "ada");
    Downtime third = repository.create(aDraft(), "ada");

    assertThat(audit.since(NOW.plusSeconds(1), 10)).extracting(AuditEntry::downtimeId)
        .containsExactly(second.id(), third.id());
    assertThat(audit.since(NOW, 2)).extracting(AuditEntry::downtimeId).containsExactly(first.id(), second.id());
  }

  @Test
  void lastModified_movesOnEveryWrite_includingDeletes() {
    assertThat(repository.lastModified()).isEmpty();
    Set<Instant> seen = new HashSet<>();
    Downtime created = repository.create(aDraft(), "");
    seen.add(repository.lastModified().orElseThrow());
    repository.update(created.id(), aDraft().withReason("x"), "");
    seen.add(repository.lastModified().orElseThrow());
    repository.delete(List.of(created.id()), "");
    seen.add(repository.lastModified().orElseThrow());

    assertThat(seen).hasSize(3);
    assertThat(repository.count(DowntimeQuery.all())).isZero();
  }

  @Test
  void nextSeriesId_neverRepeats() {
    Set<Long> ids = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      ids.add(repository.nextSeriesId());
    }

    assertThat(ids).hasSize(20);
  }

  @Test
  void reachable_whenOpen_isTrue() {
    assertThat(repository.reachable()).isTrue();
  }
}
