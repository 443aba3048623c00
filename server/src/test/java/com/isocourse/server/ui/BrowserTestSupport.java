package com.isocourse.server.ui;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.isocourse.server.demo.DemoSeeder;
import com.isocourse.server.platform.db.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browser tests: the application on a random port over its own embedded PostgreSQL
 * database with the demo clinic seeded and the clinical date pinned, driven by the system's
 * headless Chromium through its chromedriver. Nothing is downloaded: without {@code
 * /usr/bin/chromium} and {@code /usr/bin/chromedriver} the tests are skipped, unless {@code
 * CI=true}, where a missing browser is a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestSupport {
  static final String TODAY = "2026-12-01";
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  @Autowired protected JdbcClient jdbc;
  @Autowired DemoSeeder seeder;

  protected WebDriver driver;
  protected WebDriverWait wait;
  private Path profile;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> TestDatabase.url("ui_tests"));
    registry.add("spring.datasource.username", TestDatabase::user);
    registry.add("spring.datasource.password", TestDatabase::password);
    registry.add("isocourse.today", () -> TODAY);
  }

  @BeforeEach
  void startBrowser() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      if ("true".equals(System.getenv("CI"))) {
        fail(
            "CI=true but Chromium is not installed: .ci/run installs chromium and chromium-driver");
      }
      assumeTrue(
          false,
          "Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are not installed"
              + " (apt-get install chromium chromium-driver); set CI=true to make this a failure.");
    }
    seeder.seedIfEmpty();
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    profile = Files.createTempDirectory("isocourse-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterEach
  void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  protected void open(String path) {
    driver.get("http://localhost:" + port + path);
  }

  protected void signIn(String username, String password) {
    open("/login");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  protected void signOut() {
    // The page may still be settling after the previous step: find the button afresh if the first
    // one went stale before the click.
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d -> {
              d.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
              return true;
            });
    wait.until(ExpectedConditions.urlContains("/login"));
  }

  protected WebElement button(String text) {
    return driver.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
  }

  protected WebElement link(String text) {
    return driver.findElement(By.xpath("//a[normalize-space()='" + text + "']"));
  }

  /**
   * The page's visible text, once the page has loaded. A form post answered by a redirect loads
   * twice, so a body found during the first load can go stale: read again then.
   */
  protected String text() {
    for (int attempt = 1; ; attempt++) {
      try {
        wait.until(
            d ->
                "complete"
                    .equals(
                        ((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("return document.readyState")));
        return driver.findElement(By.tagName("body")).getText();
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  protected void type(String id, String value) {
    WebElement e = driver.findElement(By.id(id));
    e.clear();
    e.sendKeys(value);
  }

  protected void setDate(String id, String isoDate) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
  }

  protected void choose(String name, String value) {
    driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
  }

  /** A full-page screenshot at the given width. */
  protected void screenshot(String name, int width) throws IOException {
    long height =
        (Long)
            ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight;");
    driver.manage().window().setSize(new Dimension(width, (int) Math.min(4000, height + 40)));
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  protected long patientId(String namePrefix) {
    return jdbc.sql("select id from patient where display_name like ?")
        .param(namePrefix + "%")
        .query(Long.class)
        .single();
  }

  protected String programId(String namePrefix) {
    return jdbc.sql("select program_id from patient where display_name like ?")
        .param(namePrefix + "%")
        .query(String.class)
        .single();
  }
}
