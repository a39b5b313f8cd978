package org.observatory.downtime.cli;

import java.io.Console;
import java.io.InputStream;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What the commands need from the process they run in, given explicitly so tests can replace each part.
 *
 * @param stdin     standard input (passwords with {@code --password-stdin}, {@code import -})
 * @param passwords the interactive password prompt
 * @param terminal  whether a person is watching a terminal (progress bars are drawn only then)
 * @param osUser    the operating-system user, the default for {@code --user}
 * @param clock     the clock that "now" comes from (defaults of {@code create})
 */
public record CliEnvironment(InputStream stdin, PasswordPrompt passwords, boolean terminal, String osUser, Clock clock) {

  public CliEnvironment {
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(passwords, "passwords");
    Objects.requireNonNull(osUser, "osUser");
    Objects.requireNonNull(clock, "clock");
  }

  /** The real process: {@code System.in}, {@code System.console()}, the {@code user.name} property, UTC clock. */
  public static CliEnvironment system() {
    Console console = System.console();
    PasswordPrompt prompt = text -> console == null
        ? Optional.empty()
        : Optional.ofNullable(console.readPassword("%s", text));
    return new CliEnvironment(System.in, prompt, console != null, System.getProperty("user.name", ""), Clock.systemUTC());
  }
}
