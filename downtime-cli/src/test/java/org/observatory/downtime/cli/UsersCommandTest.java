package org.observatory.downtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.UserAccount;

class UsersCommandTest {

  private final CliHarness cli = new CliHarness();

  @BeforeEach
  void accounts() {
    cli.stdin = "pw\n";
    assertThat(cli.run("create-user", "alice", "--staff", "--password-stdin")).isZero();
    cli.stdin = "pw\n";
    assertThat(cli.run("create-user", "bob", "--password-stdin")).isZero();
  }

  @Test
  void usersList_showsEveryAccountWithRightsAndStatus() {
    cli.run("users", "disable", "bob");

    int code = cli.run("users", "list");

    assertThat(code).isZero();
    assertThat(cli.out.lines().toList()).containsExactly(
        "USERNAME  SOURCE  RIGHTS     STATUS",
        "alice     local   staff      active",
        "bob       local   -          disabled");
  }

  @Test
  void usersDisable_endsSessions_enableLetsTheAccountBack() {
    long before = cli.users.sessionGeneration("alice");

    assertThat(cli.run("users", "disable", "alice")).isZero();
    assertThat(cli.out).isEqualTo("Disabled alice; its login sessions have ended.\n");
    assertThat(cli.users.sessionGeneration("alice")).isGreaterThan(before);
    assertThat(cli.users.findByUsername("alice")).map(UserAccount::disabled).contains(true);

    assertThat(cli.run("users", "enable", "alice")).isZero();
    assertThat(cli.users.findByUsername("alice")).map(UserAccount::disabled).contains(false);
  }

  @Test
  void usersSetStaff_noEndsSessions_yesGivesStaffBack_otherWordsAreRefused() {
    long before = cli.users.sessionGeneration("alice");

    assertThat(cli.run("users", "set-staff", "alice", "no")).isZero();
    assertThat(cli.out).isEqualTo("alice is no longer staff; its login sessions have ended.\n");
    assertThat(cli.users.sessionGeneration("alice")).isGreaterThan(before);
    assertThat(cli.run("users", "set-staff", "bob", "yes")).isZero();
    assertThat(cli.users.findByUsername("bob")).map(UserAccount::staff).contains(true);

    assertThat(cli.run("users", "set-staff", "bob", "maybe")).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).isEqualTo("yes|no: Say yes or no, not 'maybe'.\n");
  }

  @Test
  void usersDelete_removesTheAccount_unknownIsNotFound() {
    assertThat(cli.run("users", "delete", "bob")).isZero();
    assertThat(cli.users.findByUsername("bob")).isEmpty();

    assertThat(cli.run("users", "delete", "bob")).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(cli.err).isEqualTo("No account named bob.\n");
  }

  @Test
  void users_withoutASubcommand_showsTheSubcommandsAndFails() {
    assertThat(cli.run("users")).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).contains("list", "disable", "enable", "delete", "set-staff");
  }
}
