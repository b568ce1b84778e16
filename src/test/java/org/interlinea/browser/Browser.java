package org.interlinea.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) for tests that drive the
 * real app. Where they are not installed the test is skipped with a message, except on CI, which must
 * have them ({@code .ci/run} installs them).
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path userDataDir;

    private Browser(ChromeDriver driver, String baseUrl, Path userDataDir) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.userDataDir = userDataDir;
    }

    public static Browser open(int port, String acceptLanguage) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") == null) {
            Assumptions.abort("Browser test skipped: install Debian packages 'chromium' and 'chromium-driver'");
        }
        try {
            Path profile = Files.createTempDirectory("interlinea-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,900", "--lang=" + acceptLanguage,
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
            // The console is read at close: any error a page logged fails the test.
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logging);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), "http://localhost:" + port, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public void signIn(String username, String password) {
        go("/login");
        waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
    }

    /** Saves a screenshot under target/screenshots to look at. */
    public Path screenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Errors the pages logged to the browser console since the last call (each is reported once). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Quits the browser, and fails the test when a page logged an error to the console. */
    @Override
    public void close() {
        List<String> errors;
        try {
            errors = consoleErrors();
        } finally {
            driver.quit();
            userDataDir.toFile().deleteOnExit();
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("The browser console reported errors:\n" + String.join("\n", errors));
        }
    }
}
