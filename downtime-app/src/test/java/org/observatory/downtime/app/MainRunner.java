package org.observatory.downtime.app;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.observatory.downtime.cli.CliEnvironment;

/** Runs {@link Main} in this process with a given environment, as {@code java -jar downtime.jar} would. */
final class MainRunner {

  /** What one run printed and returned. */
  record Result(int exitCode, String out, String err) {
  }

  /** A server started with {@code serve}, stopped by {@link #stop()} as SIGTERM would. */
  record Serving(String baseUrl, Runnable stopper, CompletableFuture<Result> finished) {
    Result stop() throws Exception {
      stopper.run();
      return finished.get(30, TimeUnit.SECONDS);
    }
  }

  private final Map<String, String> environment = new HashMap<>();

  MainRunner(Map<String, String> environment) {
    this.environment.putAll(environment);
  }

  Result run(String... args) {
    return runWithInput("", args);
  }

  Result runWithInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(environment, cli(stdin), stop -> { }, baseUrl -> { }, new PrintWriter(out), new PrintWriter(err),
        args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Starts {@code serve} on a thread and returns once it accepts requests (or fails with what it printed). */
  Serving serve() throws Exception {
    CompletableFuture<String> started = new CompletableFuture<>();
    CompletableFuture<Runnable> stopper = new CompletableFuture<>();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CompletableFuture<Result> finished = CompletableFuture.supplyAsync(() -> {
      int code = Main.run(environment, cli(""), stopper::complete, started::complete, new PrintWriter(out),
          new PrintWriter(err), "serve");
      return new Result(code, out.toString(), err.toString());
    });
    CompletableFuture.anyOf(started, finished).get(60, TimeUnit.SECONDS);
    if (finished.isDone()) {
      throw new AssertionError("serve ended before it started: " + finished.get());
    }
    return new Serving(started.get(), stopper.get(10, TimeUnit.SECONDS), finished);
  }

  private static CliEnvironment cli(String stdin) {
    return new CliEnvironment(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        prompt -> Optional.empty(), false, "e2e-operator", Clock.systemUTC());
  }
}
