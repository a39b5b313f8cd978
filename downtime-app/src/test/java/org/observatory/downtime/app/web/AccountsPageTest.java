package org.observatory.downtime.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.AccountSummary;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin's accounts page ({@code /admin/users/}), in headless Chromium and over plain HTTP. */
class AccountsPageTest {

  private WebStack stack;

  @BeforeEach
  void start() {
    stack = new WebStack();
    stack.services.users().createLocalUser("carol", WebStack.PASSWORD.toCharArray(), true);
  }

  @AfterEach
  void stop() {
    stack.close();
  }

  private AccountSummary account(String username) {
    return stack.services.users().listAccounts(stack.staff).stream().filter(a -> a.username().equals(username))
        .findFirst().orElseThrow();
  }

  @Test
  void staffMember_disablesThenDeletesAnAccount_inChromium() {
    try (Browser chromium = Browser.start()) {
      ChromeDriver browser = chromium.driver;
      WebDriverWait wait = chromium.wait;
      chromium.logInAsStaff(stack);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-accounts"))).click();
      wait.until(ExpectedConditions.urlContains("/admin/users/"));

      assertThat(browser.findElement(By.cssSelector("tr[data-username=ada]")).getText()).contains("(you)");
      assertThat(browser.findElements(By.cssSelector("tr[data-username=ada] button"))).isEmpty();
      browser.findElement(By.cssSelector("tr[data-username=bob] button[value=disable]")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts-notice")));
      assertThat(browser.findElement(By.id("accounts-notice")).getText()).startsWith("Disabled bob");
      assertThat(browser.findElement(By.cssSelector("tr[data-username=bob] .status")).getText()).isEqualTo("disabled");
      assertThat(account("bob").disabled()).isTrue();

      browser.findElement(By.cssSelector("tr[data-username=bob] button[value=delete]")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-delete"))).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts-notice"), "Deleted bob."));
      assertThat(browser.findElements(By.cssSelector("tr[data-username=bob]"))).isEmpty();
    }
  }

  @Test
  void takingStaffAway_endsThatUsersSessionAtOnce() throws Exception {
    WebClient ada = new WebClient(stack);
    WebClient carol = new WebClient(stack);
    assertThat(ada.login(WebStack.STAFF, WebStack.PASSWORD).statusCode()).isEqualTo(303);
    assertThat(carol.login("carol", WebStack.PASSWORD).statusCode()).isEqualTo(303);
    assertThat(carol.get("/admin/").statusCode()).isEqualTo(200);

    HttpResponse<String> changed = ada.post("/admin/users/", Map.of("csrfmiddlewaretoken", ada.token("/admin/users/"),
        "username", "carol", "action", "unstaff"));

    assertThat(changed.statusCode()).isEqualTo(303);
    assertThat(ada.get(changed.headers().firstValue("Location").orElseThrow()).body())
        .contains("carol is no longer staff: their login sessions have ended.");
    assertThat(carol.get("/admin/").statusCode()).as("carol's session ended").isEqualTo(302);
    assertThat(account("carol").staff()).isFalse();
  }

  @Test
  void accountsPage_refusesAFormWithoutItsCsrfToken_andPeopleWhoAreNotStaff() throws Exception {
    WebClient ada = new WebClient(stack);
    WebClient bob = new WebClient(stack);
    ada.login(WebStack.STAFF, WebStack.PASSWORD);
    bob.login(WebStack.VISITOR, WebStack.PASSWORD);

    HttpResponse<String> forged = ada.post("/admin/users/", Map.of("username", "carol", "action", "disable"));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(account("carol").disabled()).isFalse();
    assertThat(bob.get("/admin/users/").statusCode()).isEqualTo(302);
    assertThat(new WebClient(stack).get("/admin/users/").headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).startsWith("/admin/login/?next="));
  }
}
