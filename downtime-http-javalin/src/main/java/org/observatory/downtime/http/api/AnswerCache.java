package org.observatory.downtime.http.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Finished list answers by request and data version, bounded by total bytes and by entry count (least recently used
 * first out). An answer is only ever served for the data version it was built at, a version the caller reads from the
 * shared database on each request, so a write through any instance is seen at once. Thread-safe; concurrent misses
 * of the same key and version build the answer once.
 */
final class AnswerCache {

  /** Answers kept at most, whatever their size. */
  static final int DEFAULT_MAX_ENTRIES = 4096;

  // Bookkeeping of a map entry and its key, beyond the answer's bytes.
  private static final long ENTRY_OVERHEAD = 160;

  private final long maxBytes;
  private final int maxEntries;
  private final LinkedHashMap<AnswerKey, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  private final Map<Slot, CompletableFuture<CachedAnswer>> building = new ConcurrentHashMap<>();
  private final Counter hits;
  private final Counter misses;
  private long bytes;

  /**
   * @param maxBytes   total bytes of the answers kept; {@code 0} turns caching off
   * @param maxEntries answers kept at most
   */
  AnswerCache(long maxBytes, int maxEntries) {
    this(maxBytes, maxEntries, new SimpleMeterRegistry());
  }

  /** As above, counting hits and misses ({@code cache_gets_total{cache="answers"}}) and the size into {@code metrics}. */
  AnswerCache(long maxBytes, int maxEntries, MeterRegistry metrics) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative, was " + maxBytes);
    }
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive, was " + maxEntries);
    }
    this.maxBytes = maxBytes;
    this.maxEntries = maxEntries;
    this.hits = Counter.builder("cache.gets").tag("cache", "answers").tag("result", "hit")
        .description("Answers served from the answer cache.").register(metrics);
    this.misses = Counter.builder("cache.gets").tag("cache", "answers").tag("result", "miss")
        .description("Answers the answer cache had to build.").register(metrics);
    Gauge.builder("cache.size", this, AnswerCache::size).tag("cache", "answers")
        .description("Answers kept.").register(metrics);
  }

  /** Whether answers are kept at all (a disabled cache need not be asked, saving the version read). */
  boolean enabled() {
    return maxBytes > 0;
  }

  /**
   * The answer for this key at this data version: the kept one, or the one {@code build} makes (kept if it fits).
   * Exceptions of {@code build} reach every caller waiting for it and nothing is kept.
   */
  CachedAnswer get(AnswerKey key, Instant version, Supplier<CachedAnswer> build) {
    Objects.requireNonNull(version, "version");
    if (!enabled()) {
      return build.get();
    }
    CachedAnswer kept = lookup(key, version);
    if (kept != null) {
      hits.increment();
      return kept;
    }
    misses.increment();
    Slot slot = new Slot(key, version);
    CompletableFuture<CachedAnswer> mine = new CompletableFuture<>();
    CompletableFuture<CachedAnswer> running = building.putIfAbsent(slot, mine);
    if (running != null) {
      return await(running);
    }
    try {
      CachedAnswer built = build.get();
      keep(key, version, built);
      mine.complete(built);
      return built;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      building.remove(slot, mine);
    }
  }

  /** Bytes currently held (answers and keys, approximately). */
  synchronized long bytes() {
    return bytes;
  }

  /** Answers currently held. */
  synchronized int size() {
    return entries.size();
  }

  private synchronized CachedAnswer lookup(AnswerKey key, Instant version) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return null;
    }
    if (!entry.version().equals(version)) {
      // Built from other data: no request at this version may see it.
      if (entry.version().isBefore(version)) {
        remove(key);
      }
      return null;
    }
    return entry.answer();
  }

  private synchronized void keep(AnswerKey key, Instant version, CachedAnswer answer) {
    // Room for the gzip copy kept with the answer once a client asks for it (JSON lists shrink well below a quarter).
    long weight = ENTRY_OVERHEAD + key.weight() + answer.body().length + answer.body().length / 4;
    if (weight > maxBytes / 2) {
      return;
    }
    Entry current = entries.get(key);
    if (current != null && current.version().isAfter(version)) {
      // A slower build from older data must not replace a newer answer.
      return;
    }
    remove(key);
    entries.put(key, new Entry(version, answer, weight));
    bytes += weight;
    Iterator<Entry> oldest = entries.values().iterator();
    while ((bytes > maxBytes || entries.size() > maxEntries) && oldest.hasNext()) {
      bytes -= oldest.next().weight();
      oldest.remove();
    }
  }

  private void remove(AnswerKey key) {
    Entry removed = entries.remove(key);
    if (removed != null) {
      bytes -= removed.weight();
    }
  }

  private static CachedAnswer await(CompletableFuture<CachedAnswer> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private record Entry(Instant version, CachedAnswer answer, long weight) {
  }

  private record Slot(AnswerKey key, Instant version) {
  }
}
