package org.observatory.downtime.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeInput;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The main pages run under the Content-Security-Policy in Chromium: their scripts work and nothing is refused. */
class ContentSecurityPolicyBrowserTest {

  private static WebStack stack;
  private static Browser chromium;
  private static ChromeDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() {
    chromium = Browser.start();
    browser = chromium.driver;
    wait = chromium.wait;
    stack = new WebStack();
    Instant start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
    stack.services.create().create(DowntimeInput.of(new DowntimeDraft(start, start.plus(Duration.ofHours(3)), "ogg",
        "clma", "2m0a", "", "Mirror recoat", "", null)), stack.staff);
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void publicPages_underThePolicy_reportNoViolation() {
    browser.get(stack.url("/"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Mirror recoat"));
    browser.get(stack.url("/reports/"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-filters")));
    browser.get(stack.url("/api/?format=api"));
    browser.get(stack.url("/api/docs/"));
    // Swagger UI is drawn by its script: the operations appear only if the script ran and could fetch the document.
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#swagger-ui .opblock")));

    assertThat(chromium.contentSecurityPolicyMessages()).isEmpty();
  }

  @Test
  void adminPages_underThePolicy_runTheirScriptsAndReportNoViolation() {
    chromium.logInAsStaff(stack);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("add-downtime")));
    browser.findElement(By.id("add-downtime")).click();
    wait.until(ExpectedConditions.urlContains("/admin/add/"));
    // admin.js narrows the enclosures to the chosen site: it only does so if the policy let it run.
    new Select(browser.findElement(By.id("id_site"))).selectByValue("coj");
    assertThat(new Select(browser.findElement(By.id("id_enclosure"))).getFirstSelectedOption().getText())
        .isEqualTo("doma");

    assertThat(chromium.contentSecurityPolicyMessages()).isEmpty();
  }

  @Test
  void inlineScriptSlippedIntoAPage_isRefusedAndReported() {
    browser.get(stack.url("/"));
    chromium.contentSecurityPolicyMessages();

    browser.executeScript("var s = document.createElement('script'); s.textContent = 'document.title = \"ran\"';"
        + " document.head.appendChild(s);");

    assertThat(browser.getTitle()).isNotEqualTo("ran");
    assertThat(chromium.contentSecurityPolicyMessages()).anySatisfy(message ->
        assertThat(message).contains("script-src 'self'"));
  }
}
