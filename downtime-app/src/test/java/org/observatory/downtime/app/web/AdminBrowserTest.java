package org.observatory.downtime.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeInput;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin pages and the public list driven in headless Chromium as a staff member would use them. */
class AdminBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String REASON = "Dome shutter repair <script>alert(1)</script>";

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
    seed();
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
  void staffMember_addsSeesEditsBulkDeletesAndLogsOut() throws IOException {
    Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);

    logIn();
    browser.findElement(By.id("add-downtime")).click();
    wait.until(ExpectedConditions.urlContains("/admin/add/"));
    // The repeat option: only the fields of the chosen pattern are shown.
    assertThat(browser.findElement(By.id("id_repeat_count")).isDisplayed()).isFalse();
    new Select(browser.findElement(By.id("id_repeat"))).selectByValue("weekly");
    assertThat(browser.findElement(By.id("id_repeat_count")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("id_rrule")).isDisplayed()).isFalse();
    new Select(browser.findElement(By.id("id_repeat"))).selectByValue("");
    new Select(browser.findElement(By.id("id_site"))).selectByValue("coj");
    // Picking the site narrows the rest: coj has a single enclosure and telescope, chosen by the page's script.
    assertThat(new Select(browser.findElement(By.id("id_enclosure"))).getFirstSelectedOption().getText()).isEqualTo("doma");
    assertThat(new Select(browser.findElement(By.id("id_telescope"))).getFirstSelectedOption().getText()).isEqualTo("1m0a");
    assertThat(new Select(browser.findElement(By.id("id_instrument_type"))).getOptions())
        .extracting(WebElement::getText).doesNotContain("2M0-SCICAM-MUSCAT").contains("1M0-SCICAM-SINISTRO");
    setTime("id_start", start);
    setTime("id_end", start.plus(Duration.ofHours(5)));
    browser.findElement(By.id("id_reason")).sendKeys(REASON);
    browser.findElement(By.id("save")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("overlap-notice")));
    assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).contains("Saved downtime")
        .contains("coj.doma.1m0a");
    Downtime added = only(REASON);
    assertThat(added.createdBy()).isEqualTo(WebStack.STAFF);
    assertThat(added.start()).isEqualTo(start);

    browser.get(stack.url("/"));
    WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("table.downtimes tr[data-id='" + added.id() + "']")));
    assertThat(row.getText()).contains(REASON).contains("coj.doma.1m0a");
    WebElement bar = browser.findElement(By.cssSelector("svg#timeline rect.bar[data-id='" + added.id() + "']"));
    assertThat(bar.findElement(By.tagName("title")).getAttribute("textContent")).contains(REASON);
    assertThat(browser.findElements(By.cssSelector("svg#timeline line.now"))).hasSize(1);

    browser.get(stack.url("/admin/" + added.id() + "/change/"));
    setTime("id_end", start.minus(Duration.ofHours(1)));
    browser.findElement(By.id("save")).click();
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("non-field-errors")));
    assertThat(error.getText()).isEqualTo("End time must be after start time");
    assertThat(browser.findElement(By.id("id_reason")).getAttribute("value")).isEqualTo(REASON);

    setTime("id_end", start.plus(Duration.ofHours(3)));
    WebElement reason = browser.findElement(By.id("id_reason"));
    reason.clear();
    reason.sendKeys("Dome shutter repaired");
    browser.findElement(By.id("save")).click();
    wait.until(ExpectedConditions.urlContains("saved=" + added.id()));
    assertThat(stack.services.find().get(added.id()).reason()).isEqualTo("Dome shutter repaired");
    assertThat(stack.services.find().get(added.id()).end()).isEqualTo(start.plus(Duration.ofHours(3)));
    browser.get(stack.url("/admin/" + added.id() + "/change/"));
    WebElement history = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history")));
    assertThat(history.findElements(By.cssSelector(".history-entry .action"))).extracting(WebElement::getText)
        .containsExactly("Changed", "Created");
    assertThat(history.findElement(By.cssSelector(".history-entry td.after")).getText()).isNotEmpty();

    screenshots(added.id());

    browser.get(stack.url("/admin/?q=dome+shutter"));
    List<WebElement> boxes = browser.findElements(By.name("ids"));
    assertThat(boxes).hasSize(2);
    boxes.forEach(WebElement::click);
    browser.findElement(By.id("bulk-delete")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-delete")));
    assertThat(browser.findElements(By.cssSelector("ul.to-delete li"))).hasSize(2);
    browser.findElement(By.id("confirm-delete")).click();
    wait.until(ExpectedConditions.urlContains("deleted=2"));
    assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("Deleted 2 downtimes.");
    assertThat(stack.services.find().list(DowntimeQuery.builder().reasonContains("dome shutter").build()).count())
        .isZero();

    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.urlContains("/admin/login/"));
    assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("You have been logged out.");
    browser.get(stack.url("/admin/"));
    wait.until(ExpectedConditions.urlContains("/admin/login/"));
  }

  private static void logIn() {
    chromium.logInAsStaff(stack);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("add-downtime")));
  }

  // Typing into datetime-local depends on the browser's locale; setting the value is what a picker does.
  private static void setTime(String id, Instant instant) {
    String value = instant.toString().replace("Z", "");
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)),
        value.length() == 16 ? value + ":00" : value);
  }

  private static Downtime only(String reason) {
    return stack.services.find().list(DowntimeQuery.builder().reasonExact(reason).build()).results().get(0);
  }

  private static void screenshots(long edited) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    for (var size : List.of(new Object[] {"laptop", new Dimension(1366, 900)},
        new Object[] {"phone", new Dimension(390, 844)})) {
      browser.manage().window().setSize((Dimension) size[1]);
      for (String page : List.of("index", "admin", "add", "history", "not-found")) {
        browser.get(stack.url(switch (page) {
          case "index" -> "/";
          case "admin" -> "/admin/";
          case "add" -> "/admin/add/";
          case "history" -> "/admin/" + edited + "/change/";
          default -> "/admin/987654/change/";
        }));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
        if (page.equals("add")) {
          new Select(browser.findElement(By.id("id_repeat"))).selectByValue("weekly");
        }
        if (page.equals("history")) {
          ((JavascriptExecutor) browser).executeScript("document.getElementById('history').scrollIntoView();");
        }
        if (page.equals("not-found")) {
          assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        }
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(page + "-" + size[0] + ".png"), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    browser.manage().window().setSize(new Dimension(1366, 900));
  }

  private static void seed() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
    create(now.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)), 30, "coj", "doma", "1m0a", "",
        "Dome shutter inspection");
    create(now.minus(Duration.ofHours(5)), 20, "ogg", "clma", "2m0a", "", "Mirror recoat");
    create(now.plus(Duration.ofDays(4)), 48, "ogg", "clma", "2m0a", "2M0-FLOYDS-SCICAM", "FLOYDS slit replacement");
    create(now.plus(Duration.ofDays(8)), 72, "ogg", "clma", "0m4b", "", "Education use");
    create(now.plus(Duration.ofDays(11)), 6, "coj", "doma", "1m0a", "1M0-NRES-SCICAM", "NRES fibre cleaning");
    create(now.minus(Duration.ofDays(20)), 4, "ogg", "clma", "0m4b", "", "Finished long ago");
  }

  private static void create(Instant start, long hours, String site, String enclosure, String telescope,
      String instrument, String reason) {
    stack.services.create().create(DowntimeInput.of(new DowntimeDraft(start, start.plus(Duration.ofHours(hours)), site, enclosure,
        telescope, instrument, reason, "", null)), stack.staff);
  }
}
