package org.observatory.downtime.http.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.query.DowntimeQuery;

class AnswerCacheTest {

  private static final Instant V1 = Instant.parse("2026-11-23T10:00:00Z");
  private static final Instant V2 = Instant.parse("2026-11-23T10:00:01Z");

  private static final DowntimeQuery Q1 = DowntimeQuery.all();
  private static final DowntimeQuery Q2 = DowntimeQuery.builder().site("ogg").build();

  private final AtomicInteger builds = new AtomicInteger();

  @Test
  void get_equalQueriesBuiltApart_shareOneAnswer() {
    AnswerCache cache = new AnswerCache(1 << 20, 100);
    DowntimeQuery first = DowntimeQuery.builder().site("ogg", "coj").startsAfter(V1).limit(10).build();
    DowntimeQuery second = DowntimeQuery.builder().limit(10).startsAfter(V1).site("coj").site("ogg").build();

    cache.get(new AnswerKey("http://a", "json", first, "{}"), V1, () -> build("one"));
    CachedAnswer again = cache.get(new AnswerKey("http://a", "json", second, "{}"), V1, () -> build("two"));

    assertThat(text(again)).isEqualTo("one");
    assertThat(builds).hasValue(1);
  }

  @Test
  void get_sameKeyAndVersion_buildsOnce() {
    AnswerCache cache = new AnswerCache(1 << 20, 100);

    CachedAnswer first = cache.get(key("http://a", "limit=10"), V1, () -> build("one"));
    CachedAnswer second = cache.get(key("http://a", "limit=10"), V1, () -> build("two"));

    assertThat(text(second)).isEqualTo("one");
    assertThat(second).isSameAs(first);
    assertThat(builds).hasValue(1);
  }

  @Test
  void get_versionChanged_buildsAgainAndDropsTheOldAnswer() {
    AnswerCache cache = new AnswerCache(1 << 20, 100);
    cache.get(key("http://a", "q"), V1, () -> build("before the write"));

    CachedAnswer after = cache.get(key("http://a", "q"), V2, () -> build("after the write"));

    assertThat(text(after)).isEqualTo("after the write");
    assertThat(text(cache.get(key("http://a", "q"), V2, () -> build("again")))).isEqualTo("after the write");
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void get_olderVersionAfterNewer_neverServesTheNewerAnswerToIt() {
    AnswerCache cache = new AnswerCache(1 << 20, 100);
    cache.get(key("http://a", "q"), V2, () -> build("new"));

    CachedAnswer old = cache.get(key("http://a", "q"), V1, () -> build("old"));

    assertThat(text(old)).isEqualTo("old");
    assertThat(text(cache.get(key("http://a", "q"), V2, () -> build("x")))).isEqualTo("new");
  }

  @Test
  void get_otherHostFormatOrQuery_isAnotherAnswer() {
    AnswerCache cache = new AnswerCache(1 << 20, 100);
    cache.get(new AnswerKey("http://a", "json", Q1, "{}"), V1, () -> build("a"));

    assertThat(text(cache.get(new AnswerKey("https://a", "json", Q1, "{}"), V1, () -> build("https")))).isEqualTo("https");
    assertThat(text(cache.get(new AnswerKey("http://b", "json", Q1, "{}"), V1, () -> build("host b")))).isEqualTo("host b");
    assertThat(text(cache.get(new AnswerKey("http://a", "html", Q1, "{}"), V1, () -> build("html")))).isEqualTo("html");
    assertThat(text(cache.get(new AnswerKey("http://a", "json", Q2, "{}"), V1, () -> build("q2")))).isEqualTo("q2");
    assertThat(text(cache.get(new AnswerKey("http://a", "json", Q1, "{x=[1]}"), V1, () -> build("x")))).isEqualTo("x");
    assertThat(builds).hasValue(6);
  }

  @Test
  void get_overTheByteBound_evictsTheLeastRecentlyUsed() {
    AnswerCache cache = new AnswerCache(8_000, 100);
    cache.get(key("http://a", "1"), V1, () -> build("x".repeat(2_500)));
    cache.get(key("http://a", "2"), V1, () -> build("y".repeat(2_500)));
    cache.get(key("http://a", "1"), V1, () -> build("rebuilt 1"));
    cache.get(key("http://a", "3"), V1, () -> build("z".repeat(2_500)));

    assertThat(cache.bytes()).isLessThanOrEqualTo(8_000);
    assertThat(text(cache.get(key("http://a", "2"), V1, () -> build("rebuilt 2")))).isEqualTo("rebuilt 2");
    assertThat(text(cache.get(key("http://a", "3"), V1, () -> build("rebuilt 3")))).startsWith("z");
  }

  @Test
  void get_overTheEntryBound_keepsOnlyThatMany() {
    AnswerCache cache = new AnswerCache(1 << 20, 2);
    for (int i = 0; i < 5; i++) {
      int n = i;
      cache.get(key("http://a", "q" + n), V1, () -> build("answer " + n));
    }

    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void get_answerLargerThanHalfTheBound_isServedButNotKept() {
    AnswerCache cache = new AnswerCache(1_000, 100);

    assertThat(text(cache.get(key("http://a", "big"), V1, () -> build("b".repeat(800))))).hasSize(800);
    assertThat(cache.size()).isZero();
  }

  @Test
  void get_disabled_buildsEveryTime() {
    AnswerCache cache = new AnswerCache(0, 100);
    cache.get(key("http://a", "q"), V1, () -> build("one"));
    cache.get(key("http://a", "q"), V1, () -> build("two"));

    assertThat(cache.enabled()).isFalse();
    assertThat(builds).hasValue(2);
  }

  @Test
  void get_buildFails_reachesTheCallerAndKeepsNothing() {
    AnswerCache cache = new AnswerCache(1 << 20, 100);

    assertThatThrownBy(() -> cache.get(key("http://a", "q"), V1, () -> {
      throw new IllegalStateException("database down");
    })).hasMessage("database down");
    assertThat(text(cache.get(key("http://a", "q"), V1, () -> build("later")))).isEqualTo("later");
  }

  @Test
  void get_concurrentMissesOfOneKey_buildOnce() throws Exception {
    AnswerCache cache = new AnswerCache(1 << 20, 100);
    CountDownLatch building = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<CachedAnswer>> results = new ArrayList<>();
      results.add(pool.submit(() -> cache.get(key("http://a", "q"), V1, () -> {
        building.countDown();
        await(release);
        return build("slow");
      })));
      assertThat(building.await(5, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 3; i++) {
        results.add(pool.submit(() -> cache.get(key("http://a", "q"), V1, () -> build("duplicate"))));
      }
      release.countDown();
      for (Future<CachedAnswer> result : results) {
        assertThat(text(result.get(5, TimeUnit.SECONDS))).isEqualTo("slow");
      }
      assertThat(builds).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  private static AnswerKey key(String origin, String reason) {
    return new AnswerKey(origin, "json", DowntimeQuery.builder().reasonContains(reason).build(), "{}");
  }

  private CachedAnswer build(String text) {
    builds.incrementAndGet();
    return new CachedAnswer("application/json", text.getBytes(StandardCharsets.UTF_8), "W/\"" + text.length() + "\"");
  }

  private static String text(CachedAnswer answer) {
    return new String(answer.body(), StandardCharsets.UTF_8);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
