package org.tacit.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium, driven as a person would: through the Keycloak sign-in form and the
 * portal's pages. The binaries are given explicitly so that Selenium never tries to download one.
 */
public final class Browser implements AutoCloseable {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final Address portal;

  public Browser(Address portal) throws IOException {
    this(portal, "en-GB");
  }

  /**
   * A browser whose user asks for pages in {@code language} (e.g. {@code de-DE}), as its
   * Accept-Language says.
   */
  public Browser(Address portal, String language) throws IOException {
    this.portal = portal;
    Path profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("tacit.it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--window-size=1366,900",
        "--lang=" + language,
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("tacit.it.chromedriver", "/usr/bin/chromedriver"))
                    .toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
  }

  public ChromeDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(portal.url(path).toString());
  }

  /** Opens a protected page, signs in on Keycloak's form and waits until the portal shows. */
  public void signIn(DemoUser user) {
    open("/app/");
    fillSignInForm(user);
    waitFor(By.id("user-name"));
  }

  public void fillSignInForm(DemoUser user) {
    waitForSignInForm();
    driver.findElement(By.id("username")).sendKeys(user.username());
    driver.findElement(By.id("password")).sendKeys(DemoUser.PASSWORD);
    driver.findElement(By.id("kc-login")).click();
  }

  public WebElement waitForSignInForm() {
    return waitFor(By.id("kc-login"));
  }

  public boolean onKeycloak() {
    return driver.getCurrentUrl().startsWith(portal.keycloakOrigin() + "/realms/tacit/");
  }

  /**
   * Waits for an element; when it never shows, keeps a screenshot and the page for a person to
   * read.
   */
  public WebElement waitFor(By locator) {
    try {
      return new WebDriverWait(driver, PATIENCE)
          .until(ExpectedConditions.visibilityOfElementLocated(locator));
    } catch (TimeoutException e) {
      String name = "failed-" + System.currentTimeMillis();
      try {
        screenshot(name);
        Files.writeString(
            Path.of("target", "screenshots", portal.label(), name + ".html"),
            driver.getCurrentUrl() + "\n" + driver.getPageSource());
      } catch (IOException | RuntimeException ignored) {
        e.addSuppressed(ignored);
      }
      throw new TimeoutException(
          "At " + driver.getCurrentUrl() + " (see target/screenshots/" + name + ")", e);
    }
  }

  /** Waits until a growl message containing {@code text} shows, and returns the full message. */
  public String waitForMessage(String text) {
    try {
      return new WebDriverWait(driver, PATIENCE)
          .until(
              d ->
                  texts(".ui-growl-message").stream()
                      .filter(m -> m.contains(text))
                      .findFirst()
                      .orElse(null));
    } catch (TimeoutException e) {
      throw new TimeoutException(
          "No message \"" + text + "\"; messages shown: " + texts(".ui-growl-message"), e);
    }
  }

  /** Waits until {@code condition} holds, for what a page does after an AJAX answer. */
  public void waitUntil(String what, java.util.function.Supplier<Boolean> condition) {
    try {
      new WebDriverWait(driver, PATIENCE).until(d -> condition.get());
    } catch (TimeoutException e) {
      throw new TimeoutException(
          "Waited in vain until " + what + " at " + driver.getCurrentUrl(), e);
    }
  }

  /**
   * The texts of every element matching {@code css}, read in one step in the page, so that an AJAX
   * update in between cannot leave half a list or a stale element.
   */
  @SuppressWarnings("unchecked")
  public java.util.List<String> texts(String css) {
    return (java.util.List<String>)
        driver.executeScript(
            "return Array.from(document.querySelectorAll(arguments[0])).map(e =>"
                + " e.textContent.trim());",
            css);
  }

  public String text(By locator) {
    return waitFor(locator).getText().strip();
  }

  /** The portal's session cookie, to make plain HTTP requests as the signed-in user. */
  public Optional<String> sessionCookie() {
    return Optional.ofNullable(driver.manage().getCookieNamed("JSESSIONID")).map(Cookie::getValue);
  }

  /**
   * Clears every cookie of the browser, the portal's and Keycloak's alike, as after a long absence.
   */
  public void forgetAllCookies() {
    driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
  }

  /** Saves what the browser shows, for a person to look at (target/screenshots). */
  public void screenshot(String name) throws IOException {
    Path folder = Path.of("target", "screenshots", portal.label());
    Files.createDirectories(folder);
    Files.write(
        folder.resolve(name + ".png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  public URI currentUrl() {
    return URI.create(driver.getCurrentUrl());
  }

  @Override
  public void close() {
    driver.quit();
  }
}
