package org.observatory.downtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.PersonalToken;

class TokenCommandTest {

  private final CliHarness cli = new CliHarness();

  @BeforeEach
  void alice() {
    cli.stdin = "pw\n";
    assertThat(cli.run("create-user", "alice", "--password-stdin")).isZero();
  }

  @Test
  void tokenCreate_printsTheTokenAloneOnStdout_andStoresOnlyItsDigest() {
    int code = cli.run("token", "create", "--user", "alice", "nightly-import");

    assertThat(code).isZero();
    String token = cli.out.strip();
    assertThat(cli.out).matches("dtp_[A-Za-z0-9_-]{43}\n");
    assertThat(cli.err).startsWith("Created token nightly-import for alice. Keep it now")
        .contains("downtime token revoke --user alice nightly-import").doesNotContain(token);
    assertThat(cli.users.tokens(Optional.empty())).singleElement()
        .satisfies(stored -> assertThat(stored.hash()).hasSize(64).doesNotContain(token));
  }

  @Test
  void tokenList_showsNamesNeverTokens_revokeEndsOne() {
    cli.run("token", "create", "--user", "alice", "nightly");
    String token = cli.out.strip();
    cli.run("token", "create", "--user", "alice", "laptop");

    assertThat(cli.run("token", "list", "--user", "alice")).isZero();
    assertThat(cli.out).contains("laptop", "nightly").doesNotContain(token);
    assertThat(cli.out.lines()).hasSize(3);

    assertThat(cli.run("token", "revoke", "--user", "alice", "nightly")).isZero();
    assertThat(cli.out).isEqualTo("Revoked token nightly of alice.\n");
    assertThat(cli.users.tokens(Optional.of("alice"))).extracting(PersonalToken::name).containsExactly("laptop");
  }

  @Test
  void token_refusals_sayWhatIsWrong() {
    cli.run("token", "create", "--user", "alice", "nightly");

    assertThat(cli.run("token", "create", "--user", "alice", "nightly")).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).startsWith("name: alice already has a token named nightly");
    assertThat(cli.run("token", "create", "nightly")).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).contains("--user");
    assertThat(cli.run("token", "create", "--user", "nobody", "x")).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(cli.run("token", "revoke", "--user", "alice", "other")).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(cli.err).isEqualTo("alice has no token named other.\n");
  }
}
