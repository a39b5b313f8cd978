package org.observatory.downtime.app;

import java.util.function.Supplier;

/**
 * Opens the {@link Application} on first use, so that {@code --help} or a usage error never creates or migrates a
 * database. Closing closes it if it was opened; closing twice is harmless.
 */
final class LazyApplication implements Supplier<Application>, AutoCloseable {

  private final Supplier<Application> opener;
  private Application application;
  private boolean closed;

  LazyApplication(Supplier<Application> opener) {
    this.opener = opener;
  }

  @Override
  public synchronized Application get() {
    if (closed) {
      throw new IllegalStateException("the application has been closed");
    }
    if (application == null) {
      application = opener.get();
    }
    return application;
  }

  @Override
  public synchronized void close() {
    if (!closed && application != null) {
      application.close();
    }
    closed = true;
  }
}
