package org.observatory.downtime.app;

/** Where the request to stop the server comes from: the JVM's shutdown (SIGTERM, Ctrl-C), or a test. */
@FunctionalInterface
public interface StopRequests {

  /** Arranges for {@code stop} to run once when stopping is requested; it runs on a thread of the requester. */
  void onStop(Runnable stop);

  /** Stops on JVM shutdown: SIGTERM, SIGINT (Ctrl-C) or {@code System.exit}. */
  static StopRequests jvmShutdown() {
    return stop -> Runtime.getRuntime().addShutdownHook(new Thread(stop, "downtime-shutdown"));
  }
}
