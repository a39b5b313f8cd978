package org.observatory.downtime.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observatory.downtime.core.fixtures.Drafts.T0;
import static org.observatory.downtime.core.fixtures.Drafts.aDraft;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.ChangeFilter;
import org.observatory.downtime.core.model.ChangePage;
import org.observatory.downtime.core.model.CursorExpiredException;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.port.in.ChangeFeedUseCase;
import org.observatory.downtime.core.port.out.ChangeLog;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.service.ChangeFeedService;

/**
 * What every {@link ChangeLog} must record with the writes of its {@link DowntimeRepository}, read through the
 * feed's use case; adapters run it by extending this class.
 */
public abstract class ChangeFeedContract {

  protected static final Instant NOW = Instant.parse("2026-11-20T08:00:00.123456Z");

  protected TestClock clock;
  protected DowntimeRepository repository;
  protected ChangeFeedUseCase feed;

  /** A repository over an empty store stamping times from {@code clock}; called before each test. */
  protected abstract DowntimeRepository createRepository(TestClock clock);

  /** The change log of the repository {@link #createRepository} last returned. */
  protected abstract ChangeLog changeLog();

  @BeforeEach
  void createStore() {
    clock = new TestClock(NOW);
    repository = createRepository(clock);
    feed = new ChangeFeedService(changeLog());
  }

  @Test
  void changes_createUpdateDelete_areEventsInOrderWithBeforeAndAfter() {
    Downtime created = repository.create(aDraft(), "ada");
    clock.advance(Duration.ofSeconds(1));
    Downtime updated = repository.update(created.id(), aDraft().withReason("Recoat, day 2"), "bob").orElseThrow();
    repository.delete(List.of(created.id()), "cyd");

    ChangePage page = feed.changes(OptionalLong.empty(), ChangeFilter.ALL, 100);

    assertThat(page.results()).extracting(ChangeEvent::type)
        .containsExactly(ChangeEvent.Type.CREATED, ChangeEvent.Type.UPDATED, ChangeEvent.Type.DELETED);
    assertThat(page.results()).extracting(ChangeEvent::actor).containsExactly("ada", "bob", "cyd");
    assertThat(page.results()).extracting(ChangeEvent::id).isSorted().doesNotHaveDuplicates();
    assertThat(page.results().get(0).downtime()).isEqualTo(created);
    assertThat(page.results().get(0).previous()).isNull();
    assertThat(page.results().get(1).downtime()).isEqualTo(updated);
    assertThat(page.results().get(1).previous()).isEqualTo(created);
    assertThat(page.results().get(1).time()).isEqualTo(NOW.plusSeconds(1));
    assertThat(page.results().get(2).downtime()).isNull();
    assertThat(page.results().get(2).previous()).isEqualTo(updated);
    assertThat(page.next()).isEqualTo(page.results().get(2).id());
  }

  @Test
  void newestCursor_emptyThenAfterWrites_isZeroThenTheLastEventsIdAndReadsOnToNothing() {
    assertThat(feed.newestCursor()).isZero();
    Downtime created = repository.create(aDraft(), "ada");
    repository.delete(List.of(created.id()), "ada");

    long newest = feed.newestCursor();

    List<ChangeEvent> all = feed.changes(OptionalLong.empty(), ChangeFilter.ALL, 100).results();
    assertThat(newest).isEqualTo(all.get(all.size() - 1).id());
    assertThat(feed.changes(OptionalLong.of(newest), ChangeFilter.ALL, 100).results()).isEmpty();
  }

  @Test
  void changes_bulkWrites_giveOneEventPerDowntime() {
    List<Downtime> many = repository.createAll(List.of(aDraft(), aDraft(T0.plusSeconds(7200), 1)), "import");
    repository.delete(many.stream().map(Downtime::id).toList(), "ada");

    List<ChangeEvent> events = feed.changes(OptionalLong.of(0), ChangeFilter.ALL, 100).results();

    assertThat(events).extracting(ChangeEvent::type).containsExactly(ChangeEvent.Type.CREATED,
        ChangeEvent.Type.CREATED, ChangeEvent.Type.DELETED, ChangeEvent.Type.DELETED);
    assertThat(events).extracting(ChangeEvent::downtimeId).containsExactlyInAnyOrder(many.get(0).id(),
        many.get(1).id(), many.get(0).id(), many.get(1).id());
  }

  @Test
  void changes_pagedFromNext_readEveryEventOnce() {
    for (int i = 0; i < 5; i++) {
      repository.create(aDraft(T0.plusSeconds(3600L * i), 1), "ada");
    }

    ChangePage first = feed.changes(OptionalLong.empty(), ChangeFilter.ALL, 2);
    ChangePage second = feed.changes(OptionalLong.of(first.next()), ChangeFilter.ALL, 2);
    ChangePage third = feed.changes(OptionalLong.of(second.next()), ChangeFilter.ALL, 2);
    ChangePage empty = feed.changes(OptionalLong.of(third.next()), ChangeFilter.ALL, 2);

    assertThat(first.results()).hasSize(2);
    assertThat(second.results()).hasSize(2);
    assertThat(third.results()).hasSize(1);
    assertThat(empty.results()).isEmpty();
    assertThat(empty.next()).isEqualTo(third.next()).isEqualTo(third.results().get(0).id());
  }

  @Test
  void changes_bySiteAndTelescope_includeDowntimesMovedAway_andNextSkipsTheRest() {
    Downtime moved = repository.create(aDraft(), "ada");
    repository.create(onSite("coj", "2m0a"), "ada");
    repository.update(moved.id(), onSite("coj", "2m0a"), "ada");
    Downtime other = repository.create(onSite("ogg", "0m4a"), "ada");

    ChangePage ogg2m = feed.changes(OptionalLong.of(0), new ChangeFilter(Optional.of("ogg"), Optional.of("2m0a")), 10);
    ChangePage coj = feed.changes(OptionalLong.of(0), new ChangeFilter(Optional.of("coj"), Optional.empty()), 10);
    ChangePage telescope = feed.changes(OptionalLong.of(0), new ChangeFilter(Optional.empty(), Optional.of("0m4a")), 10);

    assertThat(ogg2m.results()).extracting(ChangeEvent::type)
        .containsExactly(ChangeEvent.Type.CREATED, ChangeEvent.Type.UPDATED);
    assertThat(coj.results()).hasSize(2);
    assertThat(telescope.results()).extracting(ChangeEvent::downtimeId).containsExactly(other.id());
    long newest = feed.changes(OptionalLong.of(0), ChangeFilter.ALL, 10).next();
    assertThat(ogg2m.next()).isEqualTo(coj.next()).isEqualTo(newest);
  }

  @Test
  void changes_byCategory_followDowntimesIntoAndOutOfTheCategory() {
    Downtime recategorised = repository.create(ofCategory("maintenance"), "ada");
    Downtime engineering = repository.create(ofCategory("engineering"), "ada");
    repository.update(recategorised.id(), ofCategory("engineering"), "ada");
    repository.create(ofCategory(""), "ada");
    repository.delete(List.of(engineering.id()), "ada");

    ChangePage maintenance = feed.changes(OptionalLong.of(0), byCategory("maintenance"), 10);
    ChangePage engineeringPage = feed.changes(OptionalLong.of(0), byCategory("engineering"), 10);
    ChangePage ogg2mEngineering = feed.changes(OptionalLong.of(0),
        new ChangeFilter(Optional.of("ogg"), Optional.of("2m0a"), Optional.of("engineering")), 10);

    assertThat(maintenance.results()).extracting(ChangeEvent::type)
        .containsExactly(ChangeEvent.Type.CREATED, ChangeEvent.Type.UPDATED);
    assertThat(engineeringPage.results()).extracting(ChangeEvent::type)
        .containsExactly(ChangeEvent.Type.CREATED, ChangeEvent.Type.UPDATED, ChangeEvent.Type.DELETED);
    assertThat(ogg2mEngineering.results()).extracting(ChangeEvent::id)
        .containsExactlyElementsOf(engineeringPage.results().stream().map(ChangeEvent::id).toList());
    assertThat(engineeringPage.results()).allMatch(byCategory("engineering")::matches);
  }

  @Test
  void changes_afterPrune_refuseOlderCursorsAndReadOnFromTheRest() {
    Downtime old = repository.create(aDraft(), "ada");
    long firstCursor = feed.changes(OptionalLong.empty(), ChangeFilter.ALL, 10).next();
    clock.advance(Duration.ofDays(100));
    Downtime recent = repository.create(aDraft(T0.plusSeconds(86_400), 1), "ada");

    int pruned = feed.prune(clock.instant().minus(Duration.ofDays(90)));

    assertThat(pruned).isEqualTo(1);
    assertThatThrownBy(() -> feed.changes(OptionalLong.of(0), ChangeFilter.ALL, 10))
        .isInstanceOf(CursorExpiredException.class).hasMessageContaining("older than the change history kept");
    assertThat(feed.changes(OptionalLong.of(firstCursor), ChangeFilter.ALL, 10).results())
        .extracting(ChangeEvent::downtimeId).containsExactly(recent.id());
    assertThat(feed.changes(OptionalLong.empty(), ChangeFilter.ALL, 10).results())
        .extracting(ChangeEvent::downtimeId).containsExactly(recent.id());
    assertThat(repository.findById(old.id())).isPresent();
  }

  @Test
  void recordPassages_startAndEndPassing_recordOneStartedAndOneEndedEvent() {
    feed.recordPassages(clock.instant());
    Downtime downtime = repository.create(aDraft(NOW.plusSeconds(30), 1), "ada");

    clock.advance(Duration.ofSeconds(40));
    int started = feed.recordPassages(clock.instant());
    int again = feed.recordPassages(clock.instant());
    clock.advance(Duration.ofHours(1));
    int ended = feed.recordPassages(clock.instant());
    clock.advance(Duration.ofSeconds(20));
    int nothing = feed.recordPassages(clock.instant());

    List<ChangeEvent> events = feed.changes(OptionalLong.empty(), ChangeFilter.ALL, 10).results();
    assertThat(List.of(started, again, ended, nothing)).containsExactly(1, 0, 1, 0);
    assertThat(events).extracting(ChangeEvent::type)
        .containsExactly(ChangeEvent.Type.CREATED, ChangeEvent.Type.STARTED, ChangeEvent.Type.ENDED);
    assertThat(events.get(1).downtime()).isEqualTo(downtime);
    assertThat(events.get(1).previous()).isNull();
    assertThat(events.get(1).actor()).isEmpty();
    assertThat(events.get(1).type().wireName()).isEqualTo("downtime.started");
    assertThat(events).extracting(ChangeEvent::id).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void recordPassages_checkedLaterThanAMinute_catchUpInTimeOrder_andSkipNothingAfterAnUpdate() {
    feed.recordPassages(clock.instant());
    Downtime first = repository.create(aDraft(NOW.plusSeconds(10), 1), "ada");
    Downtime second = repository.create(aDraft(NOW.plusSeconds(5), 1), "ada");

    clock.advance(Duration.ofMinutes(5));
    feed.recordPassages(clock.instant());

    List<ChangeEvent> passages = feed.changes(OptionalLong.empty(), ChangeFilter.ALL, 10).results().stream()
        .filter(event -> event.type() == ChangeEvent.Type.STARTED).toList();
    assertThat(passages).extracting(ChangeEvent::downtimeId).containsExactly(second.id(), first.id());
  }

  private static ChangeFilter byCategory(String category) {
    return new ChangeFilter(Optional.empty(), Optional.empty(), Optional.of(category));
  }

  private static DowntimeDraft ofCategory(String category) {
    return new DowntimeDraft(T0, T0.plusSeconds(3600), "ogg", "clma", "2m0a", "", "Maintenance", "", null, category);
  }

  private static DowntimeDraft onSite(String site, String telescope) {
    String enclosure = telescope.startsWith("0m4") ? "aqwa" : "clma";
    return new DowntimeDraft(T0, T0.plusSeconds(3600), site, enclosure, telescope, "", "Maintenance", "", null);
  }
}
