package org.observatory.downtime.cli;

import java.util.Optional;

/** Asks the person at the terminal for a password without echoing it. */
@FunctionalInterface
public interface PasswordPrompt {

  /**
   * Shows the prompt and reads one password.
   *
   * @return the password typed, or empty when no terminal is attached (or input ended)
   */
  Optional<char[]> read(String prompt);
}
