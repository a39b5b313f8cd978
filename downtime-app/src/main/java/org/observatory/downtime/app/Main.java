package org.observatory.downtime.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.observatory.downtime.cli.CliEnvironment;
import org.observatory.downtime.cli.DowntimeCli;
import org.observatory.downtime.cli.ExitCodes;

/**
 * {@code java -jar downtime.jar <command>}: reads the configuration from the environment, wires the application
 * and runs one command of the command line ({@code serve} included).
 */
public final class Main {

  private Main() {
  }

  public static void main(String[] args) {
    Map<String, String> environment = System.getenv();
    configureLogging(environment, args);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(environment, CliEnvironment.system(), StopRequests.jvmShutdown(), baseUrl -> { }, out, err, args);
    System.exit(code);
  }

  /**
   * Runs one command line in this process.
   *
   * @param environment the configuration variables
   * @param cli         standard input, terminal and clock for the commands
   * @param stop        where a request to stop {@code serve} comes from
   * @param started     told the base URL once {@code serve} accepts requests
   * @return the exit code: {@link ExitCodes#INVALID_INPUT} for a bad configuration, else the command's
   */
  static int run(Map<String, String> environment, CliEnvironment cli, StopRequests stop,
      HttpServerRunner.ServerListener started, PrintWriter out, PrintWriter err, String... args) {
    AppConfig config;
    Application application;
    try {
      config = AppConfig.fromEnvironment(environment);
      application = Application.open(config, Clock.systemUTC());
    } catch (ConfigException e) {
      // Before anything is opened or written: one line naming the variable.
      err.println("Configuration error: " + e.getMessage());
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    try (application) {
      HttpServerRunner server = new HttpServerRunner(config, application, stop, started);
      return new DowntimeCli(application.cliServices(server), cli).execute(out, err, args);
    }
  }

  // Before anything logs. Commands other than `serve` keep stderr for their own messages unless DEBUG or LOG_LEVEL
  // asks for more. Unusable values are reported properly, with the other variables, by AppConfig.
  private static void configureLogging(Map<String, String> environment, String[] args) {
    boolean serving = args.length > 0 && args[0].equals("serve");
    EnvironmentReader env = new EnvironmentReader(environment);
    boolean debug;
    AppConfig.Logging logging;
    try {
      debug = env.bool("DEBUG", false);
    } catch (ConfigException e) {
      debug = false;
    }
    try {
      logging = AppConfig.logging(env);
    } catch (ConfigException e) {
      logging = new AppConfig.Logging("text", Optional.empty());
    }
    LogSetup.beforeFirstLog(logging.format(), LogSetup.level(logging, debug, serving));
  }
}
