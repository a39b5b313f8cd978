package org.observatory.downtime.app.reliability;

import org.observatory.downtime.app.support.PostgresSchema;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two instances, each with its own pool, on one PostgreSQL schema and one SECRET_KEY behave as one service. */
class TwoInstancesTest {

  @TempDir
  Path directory;

  @Test
  void twoInstances_shareWritesAndSessions() {
    try (PostgresSchema schema = PostgresSchema.create();
         ReliabilityStack first = ReliabilityStack.start(
             ReliabilityStack.postgresql(schema, PostgresSchema.PORT, directory), Clock.systemUTC());
         ReliabilityStack second = ReliabilityStack.start(
             ReliabilityStack.postgresql(schema, PostgresSchema.PORT, directory), Clock.systemUTC())) {
      HttpResponse<String> created = first.http.postJson("/api/", ReliabilityStack.validBody(3), ReliabilityStack.TOKEN);
      assertThat(created.statusCode()).isEqualTo(201);
      String id = created.body().replaceAll("^\\{\"id\":(\\d+),.*", "$1");

      HttpResponse<String> read = second.http.get("/api/" + id + "/");
      assertThat(read.statusCode()).isEqualTo(200);
      assertThat(read.body()).contains("\"reason\":\"write 3\"");
      HttpResponse<String> deleted = second.http.send("DELETE", "/api/" + id + "/", null,
          "Authorization", "Token " + ReliabilityStack.TOKEN);
      assertThat(deleted.statusCode()).isEqualTo(204);
      assertThat(first.http.get("/api/" + id + "/").statusCode()).isEqualTo(404);

      first.application.services().users().createLocalUser("operator", "correct horse 42".toCharArray(), true);
      String session = AdminLogin.sessionCookie(first.http, "operator", "correct horse 42");
      HttpResponse<String> admin = second.http.get("/admin/", "Cookie", session);
      assertThat(admin.statusCode()).isEqualTo(200);
      assertThat(admin.body()).contains("operator");
      assertThat(second.http.get("/admin/").statusCode()).as("without the cookie: to the login page").isEqualTo(302);
    }
  }
}
