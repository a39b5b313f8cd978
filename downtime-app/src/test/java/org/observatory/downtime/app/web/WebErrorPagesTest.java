package org.observatory.downtime.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Refusals on the pages are answered as pages people can read, while the API keeps its JSON error bodies. */
class WebErrorPagesTest {

  private static WebStack stack;

  @BeforeAll
  static void start() {
    stack = new WebStack();
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  @Test
  void forgedPost_isRefusedWithAPageThatSaysWhatToDo() throws Exception {
    WebClient client = new WebClient(stack);
    client.login(WebStack.STAFF, WebStack.PASSWORD);

    HttpResponse<String> answer = client.post("/admin/add/", Map.of("reason", "forged", "csrfmiddlewaretoken", "x"));

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(answer.body()).contains("<h1>The form could not be accepted</h1>")
        .contains("reload the page").contains("href=\"/admin/\"").doesNotContain("\"detail\"");
  }

  @Test
  void logout_withoutToken_isRefusedAsAPage() throws Exception {
    WebClient client = new WebClient(stack);
    client.login(WebStack.STAFF, WebStack.PASSWORD);

    HttpResponse<String> answer = client.post("/admin/logout/", Map.of());

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).contains("The form could not be accepted").doesNotContain("\"detail\"");
    assertThat(client.get("/admin/").statusCode()).as("still logged in").isEqualTo(200);
  }

  @Test
  void unknownOrNonNumericId_underAdmin_isANotFoundPage() throws Exception {
    WebClient client = new WebClient(stack);
    client.login(WebStack.STAFF, WebStack.PASSWORD);

    for (String path : new String[] {"/admin/987654/change/", "/admin/abc/change/", "/admin/987654/delete/"}) {
      HttpResponse<String> answer = client.get(path);

      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).contains("<h1>Not found</h1>").contains("No downtime with id")
          .contains("href=\"/admin/\"").contains("id=\"logout\"").doesNotContain("\"detail\"");
    }
  }

  @Test
  void deletingAnAlreadyDeletedDowntime_isANotFoundPage() throws Exception {
    WebClient client = new WebClient(stack);
    client.login(WebStack.STAFF, WebStack.PASSWORD);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrfmiddlewaretoken", client.token("/admin/"));

    HttpResponse<String> answer = client.post("/admin/987654/delete/", form);

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.body()).contains("<h1>Not found</h1>").doesNotContain("\"detail\"");
  }

  @Test
  void unknownPage_outsideTheApi_isANotFoundPage() throws Exception {
    HttpResponse<String> answer = new WebClient(stack).get("/admin/no-such-page/");

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.body()).contains("<h1>Not found</h1>").contains("href=\"/\"");
  }

  @Test
  void formTargets_openedByHand_leadBackToTheAdminList() throws Exception {
    WebClient client = new WebClient(stack);

    for (String path : new String[] {"/admin/logout/", "/admin/delete/"}) {
      HttpResponse<String> answer = client.get(path);

      assertThat(answer.statusCode()).as(path).isEqualTo(303);
      assertThat(answer.headers().firstValue("Location")).as(path).hasValue("/admin/");
    }
  }

  @Test
  void api_keepsItsJsonErrors() throws Exception {
    HttpResponse<String> answer = new WebClient(stack).getJson("/api/987654/");

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.body()).isEqualTo("{\"detail\":\"No Downtime matches the given query.\"}");
  }
}
