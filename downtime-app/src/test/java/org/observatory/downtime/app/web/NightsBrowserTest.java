package org.observatory.downtime.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeInput;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The reports page and the timeline's night shading in headless Chromium, with screenshots under target/. */
class NightsBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static WebStack stack;
  private static Browser chromium;
  private static ChromeDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() {
    chromium = Browser.start();
    browser = chromium.driver;
    browser.manage().window().setSize(new Dimension(1366, 900));
    wait = chromium.wait;
    stack = new WebStack(TestCatalogues.fixed(TestCatalogues.withGeography()));
    Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
    create(now.minus(Duration.ofDays(6)), 30, "ogg", "clma", "2m0a", "", "maintenance");
    create(now.minus(Duration.ofDays(3)), 12, "ogg", "clma", "2m0a", "", "engineering");
    create(now.minus(Duration.ofDays(9)), 20, "coj", "doma", "1m0a", "", "weather");
    create(now.plus(Duration.ofDays(1)), 10, "coj", "doma", "1m0a", "", "education");
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

  private static void create(Instant start, long hours, String site, String enclosure, String telescope,
      String instrument, String category) {
    stack.services.create().create(DowntimeInput.of(new DowntimeDraft(start, start.plus(Duration.ofHours(hours)), site,
        enclosure, telescope, instrument, "Browser test " + category, "", null, category)), stack.staff);
  }

  @Test
  void reportsPage_showsTheStackedChartAndTheMonthTable() throws IOException {
    browser.get(stack.url("/"));
    browser.findElement(By.id("nav-reports")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("time-lost-chart")));

    WebElement chart = browser.findElement(By.id("time-lost-chart"));
    assertThat(chart.isDisplayed()).isTrue();
    assertThat(chart.getSize().getWidth()).isGreaterThan(300);
    assertThat(browser.findElements(By.cssSelector("#time-lost-chart g.bar"))).hasSize(3);
    assertThat(browser.findElements(By.cssSelector("#time-lost-chart rect.segment.cat-maintenance"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#time-lost-chart rect.segment.cat-weather"))).hasSize(1);
    assertThat(browser.findElement(By.cssSelector("#time-lost-chart rect.segment.cat-maintenance")).getSize()
        .getWidth()).isGreaterThan(0);
    String month = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString().substring(0, 7);
    assertThat(browser.findElement(By.id("months")).getText()).contains(month).contains("Total");
    screenshot("reports");
  }

  @Test
  void timeline_shadesEachSitesDarknessBehindItsRows() throws IOException {
    browser.get(stack.url("/?ends_after=" + LocalDate.now(ZoneOffset.UTC).minusDays(1)));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));

    assertThat(browser.findElements(By.cssSelector("#timeline rect.night"))).hasSizeGreaterThan(4);
    WebElement night = browser.findElement(By.cssSelector("#timeline rect.night"));
    assertThat(night.getSize().getWidth()).isGreaterThan(0);
    assertThat(night.findElement(By.tagName("title")).getAttribute("textContent")).startsWith("Dark at ");
    assertThat(browser.findElement(By.cssSelector("#timeline rect.bar title")).getAttribute("textContent"))
        .contains(" time: ").containsPattern("\\((Pacific/Honolulu|Australia/Sydney)\\)");
    screenshot("index-nights");
  }

  private static void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
