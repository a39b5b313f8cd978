package org.observatory.downtime.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Opens the {@link Application} on first use, so that {@code --help} or a usage error never creates or migrates a
 * database; {@code serve} may start opening it earlier, on a background thread. Closing closes it if it was opened;
 * closing twice is harmless.
 */
final class LazyApplication implements Supplier<Application>, AutoCloseable {

  private final Supplier<Application> builder;
  private volatile Application ready;
  private CompletableFuture<Application> built;
  private CompletableFuture<Application> migrated;
  private boolean closed;

  /**
   * @param builder builds the application without touching the database ({@link Application#unmigrated}); the
   *                schema is migrated ({@link Application#migrateOnOpen()}) before {@link #get()} returns it
   */
  LazyApplication(Supplier<Application> builder) {
    this.builder = builder;
  }

  /**
   * Starts opening the application (migrations included) on a background thread, unless that has started already:
   * {@code serve} builds its HTTP server on the other core meanwhile.
   */
  synchronized void openInBackground() {
    ensureOpen();
    if (built != null || ready != null) {
      return;
    }
    CompletableFuture<Application> building = new CompletableFuture<>();
    CompletableFuture<Application> migrating = new CompletableFuture<>();
    built = building;
    migrated = migrating;
    Thread opener = new Thread(() -> open(building, migrating), "downtime-open");
    opener.setDaemon(true);
    opener.start();
  }

  /**
   * The application as soon as its services exist, possibly before its schema is migrated: only for wiring (the
   * HTTP server's construction), never for use before {@link #get()} has returned.
   */
  Application services() {
    CompletableFuture<Application> building;
    synchronized (this) {
      openInBackground();
      if (built == null) {
        return ready;
      }
      building = built;
    }
    return await(building);
  }

  /** The opened application, its schema up to date; waits for a background opening to finish. */
  @Override
  public Application get() {
    Application current = ready;
    if (current != null) {
      return current;
    }
    CompletableFuture<Application> pending;
    synchronized (this) {
      ensureOpen();
      if (ready != null) {
        return ready;
      }
      if (migrated == null) {
        ready = openHere();
        return ready;
      }
      pending = migrated;
    }
    Application application = await(pending);
    synchronized (this) {
      ensureOpen();
      ready = application;
    }
    return application;
  }

  @Override
  public void close() {
    Application opened;
    CompletableFuture<Application> building;
    CompletableFuture<Application> migrating;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      opened = ready;
      building = built;
      migrating = migrated;
    }
    if (building == null) {
      if (opened != null) {
        opened.close();
      }
      return;
    }
    // A background opening is let finish (or fail) first, so that its pools are not used after being closed.
    migrating.handle((application, failure) -> null).join();
    Application application = building.handle((app, failure) -> app).join();
    if (application != null) {
      application.close();
    }
  }

  private Application openHere() {
    Application application = builder.get();
    try {
      application.migrateOnOpen();
    } catch (RuntimeException e) {
      application.close();
      throw e;
    }
    return application;
  }

  private void open(CompletableFuture<Application> building, CompletableFuture<Application> migrating) {
    Application application;
    try {
      application = builder.get();
    } catch (Throwable e) {
      building.completeExceptionally(e);
      migrating.completeExceptionally(e);
      return;
    }
    building.complete(application);
    try {
      application.migrateOnOpen();
      migrating.complete(application);
    } catch (Throwable e) {
      migrating.completeExceptionally(e);
      return;
    }
    // Loaded here rather than by the first request (/readyz, a page); nobody waits for it, so a slow ConfigDB
    // delays nothing. The catalogue never throws.
    application.catalogue().current();
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the application has been closed");
    }
  }

  // The opening thread's exception as it was thrown (an UnavailableException naming the database, usually).
  private static Application await(CompletableFuture<Application> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("Opening the application failed: " + cause, cause);
    }
  }
}
