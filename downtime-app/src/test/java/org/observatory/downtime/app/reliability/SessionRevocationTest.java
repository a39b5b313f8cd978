package org.observatory.downtime.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.downtime.app.support.PostgresSchema;

/**
 * Ending login sessions, over real HTTP on two instances sharing one PostgreSQL schema and one SECRET_KEY: what ends
 * a session on one instance ends it on the other at once.
 */
class SessionRevocationTest {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([^\"]+)\"");

  @TempDir
  Path directory;

  private PostgresSchema schema;
  private ReliabilityStack first;
  private ReliabilityStack second;

  @BeforeEach
  void startTwoInstances() {
    schema = PostgresSchema.create();
    first = ReliabilityStack.onPostgres(schema, directory);
    second = ReliabilityStack.onPostgres(schema, directory);
    first.application.services().users().createLocalUser("operator", "correct horse 42".toCharArray(), true);
    first.application.services().users().createLocalUser("writer2", "writer2 password".toCharArray(), true);
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

  @Test
  void logout_onOneInstance_endsTheSessionOnEveryInstance() {
    String session = AdminLogin.sessionCookie(first.http, "operator", "correct horse 42");
    HttpResponse<String> page = second.http.get("/admin/", "Cookie", session);
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher token = CSRF_FIELD.matcher(page.body());
    assertThat(token.find()).as("the logout form carries a CSRF token").isTrue();

    HttpResponse<String> logout = second.http.send("POST", "/admin/logout/",
        ("csrfmiddlewaretoken=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8),
        "Content-Type", "application/x-www-form-urlencoded", "Cookie", session);

    assertThat(logout.statusCode()).isEqualTo(303);
    assertThat(admitted(first, session)).as("the copied cookie on the other instance").isFalse();
    assertThat(admitted(second, session)).isFalse();
    String again = AdminLogin.sessionCookie(second.http, "operator", "correct horse 42");
    assertThat(admitted(first, again)).as("a new login works").isTrue();
  }

  @Test
  void createUser_overTheAccount_endsItsSessionsOnEveryInstance() {
    String session = AdminLogin.sessionCookie(first.http, "operator", "correct horse 42");
    assertThat(admitted(second, session)).isTrue();

    first.application.services().users().createLocalUser("operator", "new password 43".toCharArray(), true);

    assertThat(admitted(first, session)).isFalse();
    assertThat(admitted(second, session)).isFalse();
    assertThat(admitted(second, AdminLogin.sessionCookie(second.http, "operator", "new password 43"))).isTrue();
  }

  @Test
  void portalPush_takingStaffAway_endsSessions_evenWhenStaffIsGivenBackLater() {
    String session = AdminLogin.sessionCookie(first.http, "operator", "correct horse 42");
    String otherUser = AdminLogin.sessionCookie(first.http, "writer2", "writer2 password");

    assertThat(push(second, "operator", false).statusCode()).isEqualTo(200);
    assertThat(push(second, "operator", true).statusCode()).isEqualTo(200);

    assertThat(admitted(first, session)).isFalse();
    assertThat(admitted(second, session)).isFalse();
    assertThat(admitted(second, otherUser)).as("another user's session").isTrue();
  }

  private static HttpResponse<String> push(ReliabilityStack instance, String username, boolean staff) {
    String profile = "{\"username\":\"" + username + "\",\"email\":\"" + username + "@example.org\","
        + "\"first_name\":\"F\",\"last_name\":\"L\",\"is_staff\":" + staff + ",\"is_superuser\":false,"
        + "\"tokens\":{\"api_token\":\"" + username + "-token\"},\"profile\":{\"staff_view\":" + staff + "}}";
    return instance.http.send("POST", "/authprofile/addupdateuser/", profile.getBytes(StandardCharsets.UTF_8),
        "Content-Type", "application/json", "Authorization", "Server " + ReliabilityStack.SERVER_KEY);
  }
}
