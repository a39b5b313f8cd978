package org.observatory.downtime.app.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code downtime serve} in a JVM of its own ({@code Main} on this test run's class path), so it can be killed as a
 * crash kills it: {@link #kill()} is {@code kill -9}, nothing of the JVM's shutdown runs.
 */
final class ServiceProcess implements AutoCloseable {

  private final Process process;
  private final Path log;
  final Http http;

  private ServiceProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.http = new Http("http://127.0.0.1:" + port);
  }

  /**
   * Starts {@code serve} with these variables (besides SECRET_KEY, HOST and a free PORT) and waits (at most 90 s) until
   * {@code /readyz} answers 200.
   */
  static ServiceProcess serve(Map<String, String> variables, Path directory) {
    int port = freePort();
    Map<String, String> environment = new HashMap<>(variables);
    environment.put("SECRET_KEY", ReliabilityStack.SECRET_KEY);
    environment.put("HOST", "127.0.0.1");
    environment.put("PORT", Integer.toString(port));
    ProcessBuilder builder = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "org.observatory.downtime.app.Main", "serve"));
    builder.environment().keySet().removeIf(name -> name.startsWith("DB_") || name.startsWith("OAUTH_")
        || name.equals("CONFIGDB_URL") || name.equals("JAVA_TOOL_OPTIONS"));
    builder.environment().putAll(environment);
    Path log = directory.resolve("serve-" + port + ".log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    ServiceProcess service;
    try {
      service = new ServiceProcess(builder.start(), log, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    service.awaitReady();
    return service;
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException("serve ended with " + process.exitValue() + ": " + log());
      }
      try {
        if (http.get("/readyz").statusCode() == 200) {
          return;
        }
      } catch (UncheckedIOException notListeningYet) {
        // Still starting: poll again.
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("serve not ready after 90 s: " + log());
      }
      Thread.onSpinWait();
    }
  }

  /** {@code kill -9}: the process ends at once, in the middle of whatever it was doing. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("serve did not die within 30 s of SIGKILL");
    }
  }

  /** Everything the service printed (its log). */
  String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
