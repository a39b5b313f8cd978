package org.observatory.downtime.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.downtime.app.support.PostgresSchema;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.port.in.ManageUsersUseCase;

/**
 * Disabling, deleting and taking staff rights away, and personal API tokens, over real HTTP on two instances sharing
 * one PostgreSQL schema and one SECRET_KEY: a change made through one instance holds on the other at once.
 */
class AccountRevocationTest {

  private static final User OPERATOR = User.operator("operator:test");
  private static final String INACTIVE = "{\"detail\":\"User inactive or deleted.\"}";

  @TempDir
  Path directory;

  private PostgresSchema schema;
  private ReliabilityStack first;
  private ReliabilityStack second;
  private ManageUsersUseCase accounts;

  @BeforeEach
  void startTwoInstances() {
    schema = PostgresSchema.create();
    first = ReliabilityStack.onPostgres(schema, directory);
    second = ReliabilityStack.onPostgres(schema, directory);
    accounts = first.application.services().users();
    accounts.createLocalUser("operator", "correct horse 42".toCharArray(), true);
  }

  @AfterEach
  void stop() {
    second.close();
    first.close();
    schema.close();
  }

  private static boolean admitted(ReliabilityStack instance, String session) {
    return instance.http.get("/admin/", "Cookie", session).statusCode() == 200;
  }

  private static HttpResponse<String> basicWrite(ReliabilityStack instance, String password) {
    String credentials = Base64.getEncoder().encodeToString(("operator:" + password).getBytes(StandardCharsets.UTF_8));
    return instance.http.send("POST", "/api/", ReliabilityStack.validBody(1).getBytes(StandardCharsets.UTF_8),
        "Content-Type", "application/json", "Authorization", "Basic " + credentials);
  }

  @Test
  void disable_endsSessionsOnEveryInstance_andRefusesBasicFormAndToken_whateverThePassword() {
    String session = AdminLogin.sessionCookie(first.http, "operator", "correct horse 42");
    String token = first.application.services().tokens().create("operator", "script", OPERATOR).secret();
    assertThat(basicWrite(second, "correct horse 42").statusCode()).as("Basic works before").isEqualTo(201);

    accounts.setDisabled("operator", true, OPERATOR);

    assertThat(admitted(first, session)).isFalse();
    assertThat(admitted(second, session)).isFalse();
    HttpResponse<String> rightPassword = basicWrite(second, "correct horse 42");
    HttpResponse<String> wrongPassword = basicWrite(second, "wrong password");
    assertThat(rightPassword.statusCode()).isEqualTo(401);
    assertThat(rightPassword.body()).isEqualTo(INACTIVE).isEqualTo(wrongPassword.body());
    HttpResponse<String> byToken = second.http.postJson("/api/", ReliabilityStack.validBody(2), token);
    assertThat(byToken.statusCode()).isEqualTo(401);
    assertThat(byToken.body()).isEqualTo(INACTIVE);
    HttpResponse<String> formRight = AdminLogin.attempt(first.http, "operator", "correct horse 42");
    HttpResponse<String> formWrong = AdminLogin.attempt(first.http, "operator", "wrong password");
    assertThat(formRight.statusCode()).isEqualTo(401).isEqualTo(formWrong.statusCode());
    assertThat(formRight.body()).contains("This account is disabled");
    assertThat(formWrong.body()).contains("This account is disabled");
    assertThat(formRight.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("downtime_session=d"));

    accounts.setDisabled("operator", false, OPERATOR);
    assertThat(admitted(second, AdminLogin.sessionCookie(second.http, "operator", "correct horse 42"))).isTrue();
    assertThat(second.http.postJson("/api/", ReliabilityStack.validBody(3), token).statusCode()).isEqualTo(201);
  }

  @Test
  void setStaffNo_andDelete_endSessionsOnEveryInstance() {
    accounts.createLocalUser("helper", "helper password".toCharArray(), true);
    String operatorSession = AdminLogin.sessionCookie(first.http, "operator", "correct horse 42");
    String helperSession = AdminLogin.sessionCookie(second.http, "helper", "helper password");

    accounts.setStaff("helper", false, OPERATOR);
    accounts.deleteAccount("operator", OPERATOR);
    accounts.createLocalUser("operator", "correct horse 42".toCharArray(), true);

    assertThat(admitted(first, helperSession)).isFalse();
    assertThat(admitted(second, helperSession)).isFalse();
    assertThat(admitted(first, operatorSession)).as("a session of the deleted account, same name again").isFalse();
    assertThat(admitted(second, operatorSession)).isFalse();
  }

  @Test
  void personalToken_writesThroughEitherInstance_andRevokeRefusesItEverywhereAtOnce() {
    String token = first.application.services().tokens().create("operator", "nightly", OPERATOR).secret();

    HttpResponse<String> created = second.http.postJson("/api/", ReliabilityStack.validBody(4), token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"created_by\":\"operator\"");

    second.application.services().tokens().revoke("operator", "nightly", OPERATOR);

    for (ReliabilityStack instance : new ReliabilityStack[] {first, second}) {
      HttpResponse<String> refused = instance.http.postJson("/api/", ReliabilityStack.validBody(5), token);
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body()).isEqualTo("{\"detail\":\"Invalid token.\"}");
      assertThat(refused.headers().firstValue("WWW-Authenticate")).contains("Token");
    }
    assertThat(first.http.postJson("/api/", ReliabilityStack.validBody(6), ReliabilityStack.TOKEN).statusCode())
        .as("the portal copy's token still works").isEqualTo(201);
  }
}
