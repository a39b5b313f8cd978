package org.observatory.downtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.UserAccount;

class CreateUserCommandTest {

  private final CliHarness cli = new CliHarness();

  @Test
  void createUser_passwordStdin_storesAStaffAccountWithAPbkdf2Hash() {
    cli.stdin = "s3cret pass\n";

    int code = cli.run("create-user", "admin", "--staff", "--password-stdin");

    assertThat(code).isZero();
    assertThat(cli.out).isEqualTo("Saved local user admin (staff)\n");
    UserAccount account = cli.users.findByUsername("admin").orElseThrow();
    assertThat(account.staff()).isTrue();
    assertThat(account.passwordHash()).startsWith("pbkdf2_sha256$").doesNotContain("s3cret");
    assertThat(cli.hasher.verify("s3cret pass".toCharArray(), account.passwordHash())).isTrue();
  }

  @Test
  void createUser_onTerminal_asksTwiceAndSavesANonStaffAccount() {
    cli.typedPasswords.add("hunter22");
    cli.typedPasswords.add("hunter22");

    int code = cli.run("create-user", "alice");

    assertThat(code).isZero();
    assertThat(cli.out).isEqualTo("Saved local user alice (not staff)\n");
    assertThat(cli.users.findByUsername("alice").orElseThrow().staff()).isFalse();
  }

  @Test
  void createUser_passwordsDiffer_savesNothing() {
    cli.typedPasswords.add("hunter22");
    cli.typedPasswords.add("hunter23");

    int code = cli.run("create-user", "alice");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).isEqualTo("password: The two passwords do not match; nothing was saved.\n");
    assertThat(cli.users.findByUsername("alice")).isEmpty();
  }

  @Test
  void createUser_noTerminal_pointsToPasswordStdin() {
    int code = cli.run("create-user", "alice");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).isEqualTo("password: No terminal to ask for the password on; use --password-stdin.\n");
  }

  @Test
  void createUser_emptyPassword_isRefused() {
    cli.stdin = "\n";

    int code = cli.run("create-user", "alice", "--password-stdin");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).isEqualTo("password: This field may not be blank.\n");
    assertThat(cli.users.findByUsername("alice")).isEmpty();
  }

  @Test
  void createUser_invalidUsername_isRefusedWithTheReason() {
    cli.stdin = "pw\n";

    int code = cli.run("create-user", "no spaces", "--password-stdin");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).startsWith("username: Enter a valid username.");
  }
}
