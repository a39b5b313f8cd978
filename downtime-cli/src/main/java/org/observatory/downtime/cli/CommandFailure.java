package org.observatory.downtime.cli;

/** A command cannot go on for a reason of its own (a missing file, no terminal to ask a password on). */
final class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CommandFailure(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  static CommandFailure invalidInput(String message) {
    return new CommandFailure(message, ExitCodes.INVALID_INPUT);
  }

  int exitCode() {
    return exitCode;
  }
}
