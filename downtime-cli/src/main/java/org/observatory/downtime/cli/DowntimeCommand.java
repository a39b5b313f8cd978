package org.observatory.downtime.cli;

import picocli.CommandLine.Command;

/** The top-level {@code downtime} command; it only groups the subcommands. */
@Command(name = "downtime", mixinStandardHelpOptions = true, version = "downtime 1.0.0-SNAPSHOT",
    description = "Scheduled telescope downtime: serve the API, or manage downtimes and users from the shell.",
    footer = {"", "Configuration comes from the environment (DB_ENGINE, DB_NAME, CONFIGDB_URL, ...); see the README.",
        "Exit codes: 0 done, 1 unexpected error, 2 invalid input, 3 not found, 4 unavailable, 5 not permitted."})
final class DowntimeCommand implements java.util.concurrent.Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    // No subcommand: show what there is, as `git` does, and fail so that scripts notice.
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.INVALID_INPUT;
  }
}
