package org.observatory.downtime.cli;

/** What the {@code serve} command runs: the application's HTTP server, which this module cannot depend on. */
@FunctionalInterface
public interface ServerRunner {

  /**
   * Starts serving and blocks until the server has been stopped (for instance by SIGTERM).
   *
   * @throws org.observatory.downtime.core.model.UnavailableException when the server cannot start, e.g. the port is taken
   */
  void run();
}
