package org.observatory.downtime.configdb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The instrument catalogue read from ConfigDB ({@code GET {CONFIGDB_URL}/sites/}), cached for 15 minutes.
 *
 * <p>The first call loads the catalogue while the caller waits (bounded by the client's timeouts). After that a
 * stale catalogue is served at once while one background refresh replaces it. A failed refresh keeps the last
 * good catalogue, logs one warning line and is retried after {@link #DEFAULT_RETRY_AFTER}. Never throws.
 */
public final class HttpInstrumentCatalogue implements CatalogueSource {

  /** How long a loaded catalogue is used before it is refreshed. */
  public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(15);
  /** How long after a failed load the next attempt is made. */
  public static final Duration DEFAULT_RETRY_AFTER = Duration.ofMinutes(1);

  private static final Logger LOG = LoggerFactory.getLogger(HttpInstrumentCatalogue.class);

  private final ConfigDbClient configDb;
  private final String description;
  private final Clock clock;
  private final Duration maxAge;
  private final Duration retryAfter;
  private final Executor refresher;
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private final Object firstLoad = new Object();
  private volatile Loaded loaded;
  private volatile Instant lastFailure;

  private record Loaded(Catalogue catalogue, Instant at) {
  }

  /** A catalogue on ConfigDB at {@code configdbUrl} (http or https), refreshed on background daemon threads. */
  public HttpInstrumentCatalogue(OkHttpClient client, String configdbUrl, Clock clock) {
    this(client, configdbUrl, clock, DEFAULT_MAX_AGE, DEFAULT_RETRY_AFTER, HttpInstrumentCatalogue::daemonThread);
  }

  /**
   * A catalogue on ConfigDB with explicit cache timings and the executor that runs background refreshes.
   *
   * @throws IllegalArgumentException when {@code configdbUrl} is not an http(s) URL
   */
  public HttpInstrumentCatalogue(OkHttpClient client, String configdbUrl, Clock clock, Duration maxAge,
      Duration retryAfter, Executor refresher) {
    HttpUrl base = HttpUrl.parse(Objects.requireNonNull(configdbUrl, "configdbUrl").strip());
    if (base == null) {
      throw new IllegalArgumentException(
          "CONFIGDB_URL is not a valid http(s) URL: " + configdbUrl.replaceAll("//[^/@]*@", "//***@"));
    }
    this.configDb = new ConfigDbClient(client, base);
    this.description = "ConfigDB at " + ConfigDbClient.redacted(configDb.sitesUrl());
    this.clock = Objects.requireNonNull(clock, "clock");
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    this.refresher = Objects.requireNonNull(refresher, "refresher");
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Optional<Catalogue> current() {
    Loaded now = loaded;
    if (now == null && lastFailure == null) {
      loadFirstTime();
    } else if (due(now)) {
      refreshInBackground();
    }
    return Optional.ofNullable(loaded).map(Loaded::catalogue);
  }

  private boolean due(Loaded now) {
    Instant instant = clock.instant();
    Instant failed = lastFailure;
    if (failed != null && instant.isBefore(failed.plus(retryAfter))) {
      return false;
    }
    return now == null || !instant.isBefore(now.at().plus(maxAge));
  }

  private void loadFirstTime() {
    synchronized (firstLoad) {
      if (loaded == null && lastFailure == null) {
        refresh();
      }
    }
  }

  private void refreshInBackground() {
    if (!refreshing.compareAndSet(false, true)) {
      return;
    }
    try {
      refresher.execute(() -> {
        try {
          refresh();
        } finally {
          refreshing.set(false);
        }
      });
    } catch (RuntimeException e) {
      refreshing.set(false);
      LOG.warn("Instrument catalogue refresh could not be started: {}", e.toString());
    }
  }

  private void refresh() {
    try {
      Catalogue catalogue = new Catalogue(configDb.fetchSites(), description, false);
      if (catalogue.sites().isEmpty()) {
        throw new CatalogueLoadException(description + " lists no sites");
      }
      boolean routine = loaded != null && lastFailure == null;
      loaded = new Loaded(catalogue, clock.instant());
      lastFailure = null;
      if (routine) {
        LOG.debug("Instrument catalogue refreshed from {}", description);
      } else {
        LOG.info("Instrument catalogue loaded from {}: {} telescopes", description, catalogue.locations().size());
      }
    } catch (CatalogueLoadException | RuntimeException e) {
      lastFailure = clock.instant();
      Loaded kept = loaded;
      LOG.warn("Instrument catalogue refresh failed, {}: {}",
          kept == null ? "no catalogue loaded yet" : "keeping the one loaded at " + Timestamps.format(kept.at()),
          e instanceof CatalogueLoadException ? e.getMessage() : e.toString());
    }
  }

  private static void daemonThread(Runnable task) {
    Thread thread = new Thread(task, "configdb-refresh");
    thread.setDaemon(true);
    thread.start();
  }
}
