package org.observatory.downtime.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code serve}: runs the HTTP server until the process is told to stop. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the API and the web pages on HOST:PORT (environment) until stopped with Ctrl-C or SIGTERM.")
final class ServeCommand implements Callable<Integer> {

  private final ServerRunner server;

  ServeCommand(ServerRunner server) {
    this.server = server;
  }

  @Override
  public Integer call() {
    server.run();
    return ExitCodes.OK;
  }
}
