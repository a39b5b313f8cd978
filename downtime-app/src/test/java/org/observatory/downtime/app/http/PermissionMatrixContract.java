package org.observatory.downtime.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.observatory.downtime.app.support.TestDatabase;
import org.observatory.downtime.app.support.TestStack;
import org.observatory.downtime.core.fixtures.Drafts;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.WriteAccess;

/**
 * Issue 4's permission matrix, row by row: anonymous / non-staff / staff / superuser × GET, POST, PUT, PATCH, DELETE
 * on their own and on another's downtime × both WRITE_ACCESS modes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PermissionMatrixContract {

  private final Map<WriteAccess, TestStack> stacks = new EnumMap<>(WriteAccess.class);

  abstract TestDatabase newDatabase();

  @BeforeAll
  void startStacks() {
    for (WriteAccess access : WriteAccess.values()) {
      stacks.put(access, TestStack.start(newDatabase(), access, TestCatalogues.fixed()));
    }
  }

  @AfterAll
  void stopStacks() {
    stacks.values().forEach(TestStack::close);
  }

  @ParameterizedTest(name = "{0} {1} {2} {3} → {4}")
  @CsvSource({
      // mode,        user,  method, whose, status
      "STAFF,         anon,  GET,    other, 200",
      "STAFF,         anon,  POST,   -,     401",
      "STAFF,         anon,  PUT,    other, 401",
      "STAFF,         anon,  PATCH,  other, 401",
      "STAFF,         anon,  DELETE, other, 401",
      "STAFF,         alice, GET,    own,   200",
      "STAFF,         alice, POST,   -,     403",
      "STAFF,         alice, PUT,    own,   403",
      "STAFF,         alice, PUT,    other, 403",
      "STAFF,         alice, PATCH,  own,   403",
      "STAFF,         alice, PATCH,  other, 403",
      "STAFF,         alice, DELETE, own,   403",
      "STAFF,         alice, DELETE, other, 403",
      "STAFF,         staff, GET,    other, 200",
      "STAFF,         staff, POST,   -,     201",
      "STAFF,         staff, PUT,    own,   200",
      "STAFF,         staff, PUT,    other, 200",
      "STAFF,         staff, PATCH,  own,   200",
      "STAFF,         staff, PATCH,  other, 200",
      "STAFF,         staff, DELETE, own,   204",
      "STAFF,         staff, DELETE, other, 204",
      "STAFF,         root,  GET,    other, 200",
      "STAFF,         root,  POST,   -,     201",
      "STAFF,         root,  PUT,    own,   200",
      "STAFF,         root,  PUT,    other, 200",
      "STAFF,         root,  PATCH,  own,   200",
      "STAFF,         root,  PATCH,  other, 200",
      "STAFF,         root,  DELETE, own,   204",
      "STAFF,         root,  DELETE, other, 204",
      "AUTHENTICATED, anon,  GET,    other, 200",
      "AUTHENTICATED, anon,  POST,   -,     401",
      "AUTHENTICATED, anon,  PUT,    other, 401",
      "AUTHENTICATED, anon,  PATCH,  other, 401",
      "AUTHENTICATED, anon,  DELETE, other, 401",
      "AUTHENTICATED, alice, GET,    own,   200",
      "AUTHENTICATED, alice, POST,   -,     201",
      "AUTHENTICATED, alice, PUT,    own,   200",
      "AUTHENTICATED, alice, PUT,    other, 403",
      "AUTHENTICATED, alice, PATCH,  own,   200",
      "AUTHENTICATED, alice, PATCH,  other, 403",
      "AUTHENTICATED, alice, DELETE, own,   204",
      "AUTHENTICATED, alice, DELETE, other, 403",
      "AUTHENTICATED, staff, GET,    other, 200",
      "AUTHENTICATED, staff, POST,   -,     201",
      "AUTHENTICATED, staff, PUT,    own,   200",
      "AUTHENTICATED, staff, PUT,    other, 200",
      "AUTHENTICATED, staff, PATCH,  own,   200",
      "AUTHENTICATED, staff, PATCH,  other, 200",
      "AUTHENTICATED, staff, DELETE, own,   204",
      "AUTHENTICATED, staff, DELETE, other, 204",
      "AUTHENTICATED, root,  GET,    other, 200",
      "AUTHENTICATED, root,  POST,   -,     201",
      "AUTHENTICATED, root,  PUT,    own,   200",
      "AUTHENTICATED, root,  PUT,    other, 200",
      "AUTHENTICATED, root,  PATCH,  own,   200",
      "AUTHENTICATED, root,  PATCH,  other, 200",
      "AUTHENTICATED, root,  DELETE, own,   204",
      "AUTHENTICATED, root,  DELETE, other, 204",
  })
  void write_byUserAndOwnership_answersAsTheMatrixSays(WriteAccess mode, String user, String method, String whose,
                                                       int status) {
    TestStack stack = stacks.get(mode);
    ApiClient client = new ApiClient(stack.baseUrl());
    String actor = user.equals("anon") ? null : user;
    // "own" was created by this user; "other" by bob, who is never one of the actors.
    String creator = whose.equals("own") ? user : "bob";
    long id = stack.database().downtimes().create(Drafts.aDraft().withCreatedBy(creator), creator).id();
    String path = method.equals("POST") ? "/api/" : "/api/" + id + "/";

    ApiClient.Call call = client.method(method, path).as(actor);
    if (method.equals("POST") || method.equals("PUT")) {
      call.json(WriteApiContract.VALID);
    } else if (method.equals("PATCH")) {
      call.json("{\"reason\":\"Changed by " + user + "\"}");
    }
    HttpResponse<String> response = call.send();

    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    if (status == 401) {
      assertThat(response.body()).isEqualTo(AuthApiContract.NOT_PROVIDED);
    } else if (status == 403) {
      assertThat(response.body()).isEqualTo(AuthApiContract.DENIED);
    }
    boolean changed = status == 200 && !method.equals("GET");
    if (changed || status == 403 || status == 401) {
      String reason = ReadApiContract.json(client.get("/api/" + id + "/").send()).get("reason").asText();
      assertThat(reason).isEqualTo(changed && method.equals("PATCH") ? "Changed by " + user : "Mirror recoat");
    }
  }
}
