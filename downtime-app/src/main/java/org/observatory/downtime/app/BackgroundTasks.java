package org.observatory.downtime.app;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.observatory.downtime.core.port.in.ChangeFeedUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work {@code serve} does besides answering requests, on one scheduler thread: recording the change feed's
 * {@code downtime.started} and {@code downtime.ended} events every 20 s (each once across instances, so every
 * instance may run this), and pruning events older than {@code CHANGES_KEEP_DAYS} once an hour. {@link #close()}
 * lets a running task finish.
 */
final class BackgroundTasks implements AutoCloseable {

  static final Duration PRUNE_EVERY = Duration.ofHours(1);
  /** Start and end times are announced at most this long after they pass (well within a minute). */
  static final Duration PASSAGES_EVERY = Duration.ofSeconds(20);

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "downtime-background");
    thread.setDaemon(true);
    return thread;
  });
  private final ChangeFeedUseCase changes;
  private final Clock clock;
  private final Duration keep;

  BackgroundTasks(ChangeFeedUseCase changes, Clock clock, Duration keep) {
    this.changes = changes;
    this.clock = clock;
    this.keep = keep;
  }

  /** Schedules the tasks: passages at once and every {@link #PASSAGES_EVERY}; pruning after a minute, then hourly. */
  BackgroundTasks start() {
    scheduler.scheduleWithFixedDelay(this::passages, 0, PASSAGES_EVERY.toSeconds(), TimeUnit.SECONDS);
    scheduler.scheduleWithFixedDelay(this::prune, 60, PRUNE_EVERY.toSeconds(), TimeUnit.SECONDS);
    return this;
  }

  /** Records the start and end times passed since the last check; a failure is logged and retried next time. */
  void passages() {
    try {
      changes.recordPassages(clock.instant());
    } catch (RuntimeException e) {
      LOG.warn("Recording started/ended events failed (retried in {} s): {}", PASSAGES_EVERY.toSeconds(),
          e.getMessage());
    }
  }

  /** Removes the change events older than the days kept; a failure is logged and retried at the next run. */
  void prune() {
    try {
      int removed = changes.prune(clock.instant().minus(keep));
      if (removed > 0) {
        LOG.info("Pruned {} change events older than {} days", removed, keep.toDays());
      }
    } catch (RuntimeException e) {
      LOG.warn("Pruning the change feed failed (retried in {} min): {}", PRUNE_EVERY.toMinutes(), e.getMessage());
    }
  }

  /** Stops scheduling and waits up to 10 s for a running task. */
  @Override
  public void close() {
    scheduler.shutdown();
    try {
      if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
        scheduler.shutdownNow();
      }
    } catch (InterruptedException e) {
      scheduler.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
