package org.observatory.downtime.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The webhook admin pages in headless Chromium, as a staff member subscribes a receiver and pings it. */
class WebhookBrowserTest {

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
  void staffMember_subscribesAReceiverFromTheNavbarAndPingsIt() throws Exception {
    try (MockWebServer receiver = new MockWebServer()) {
      receiver.start(InetAddress.getLoopbackAddress(), 0);
      receiver.enqueue(new MockResponse.Builder().code(204).build());
      String url = receiver.url("/hook").toString();
      chromium.logInAsStaff(stack);

      wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-webhooks"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("webhook-form")));
      browser.findElement(By.id("id_url")).sendKeys(url);
      browser.findElement(By.id("id_secret")).sendKeys("short");
      browser.findElement(By.id("add-webhook")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error_secret")));
      assertThat(browser.findElement(By.id("id_secret")).getAttribute("value")).as("never written back").isEmpty();
      assertThat(browser.findElement(By.id("id_url")).getAttribute("value")).isEqualTo(url);
      browser.findElement(By.id("id_secret")).sendKeys("browser-secret-0123456789");
      new Select(browser.findElement(By.id("id_category"))).selectByValue("weather");
      browser.findElement(By.cssSelector("input[name=events][value='downtime.created']")).click();
      browser.findElement(By.id("add-webhook")).click();

      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("webhook-url")));
      assertThat(browser.findElement(By.id("webhook-url")).getText()).isEqualTo(url);
      assertThat(browser.getPageSource()).doesNotContain("browser-secret-0123456789");
      browser.findElement(By.id("test-webhook")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
      assertThat(browser.findElement(By.id("notice")).getText())
          .isEqualTo("Test ping delivered: the receiver answered HTTP 204.");
      assertThat(receiver.takeRequest().getHeaders().get("X-Downtime-Event")).isEqualTo("webhook.ping");
    }
  }
}
