package org.lexgap.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for the browser tests: opens a page, waits until it has loaded its data, saves a
 * screenshot under target/screenshots and reports every error the browser console logged.
 */
final class Browser implements AutoCloseable {

    static final int WIDTH = 1366;
    static final int HEIGHT = 900;

    final ChromeDriver driver;
    final Path screenshots;
    final Path downloads;

    Browser(Path target) throws IOException {
        screenshots = Files.createDirectories(target.resolve("screenshots"));
        downloads = Files.createDirectories(target.resolve("downloads"));
        Path profile = Files.createTempDirectory("lexgap-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT,
                "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    /** Opens a page and waits until its main region says it is ready (or failed). */
    /** A browser for the tests under target/, once Debian's chromium and chromium-driver are installed. */
    static Browser start() throws IOException {
        org.junit.jupiter.api.Assertions.assertTrue(new File("/usr/bin/chromedriver").canExecute(),
                "Install Debian chromium and chromium-driver (bin/test does) to run the browser tests");
        return new Browser(Path.of("target"));
    }

    static void stop(Browser browser) {
        if (browser != null) {
            browser.close();
        }
    }

    void open(String url) {
        consoleErrors(List.of());
        driver.get(url);
        waitForPage();
    }

    void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            String state = d.findElement(By.id("main")).getDomAttribute("data-state");
            return state != null && !state.isEmpty();
        });
    }

    /** The SEVERE console entries since the last call, minus failed requests to the expected paths. */
    List<String> consoleErrors(List<String> expectedFailures) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !(m.contains("Failed to load resource") && expectedFailures.stream().anyMatch(m::contains)))
                .toList();
    }

    /** Saves the whole page (the window grown to the page's height, up to 5000 px) as target/screenshots/name.png. */
    Path screenshot(String name) throws IOException {
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(WIDTH, Math.min(5000, Math.max(HEIGHT, height.intValue() + 140))));
        try {
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path file = screenshots.resolve(name + ".png");
            Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        } finally {
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        }
    }

    /** Fails on any error in the browser console other than the expected ones. */
    void assertNoConsoleErrors(String... expectedFailures) {
        List<String> errors = consoleErrors(List.of(expectedFailures));
        org.junit.jupiter.api.Assertions.assertTrue(errors.isEmpty(), "browser console: " + errors);
    }

    /** Markup from the data stayed text (no element, no script run); saves a screenshot; no console error. */
    void assertHarmless(String screenshot, String... expectedFailures) throws IOException {
        org.junit.jupiter.api.Assertions.assertTrue(
                driver.findElements(By.cssSelector("main script, main img, main b")).isEmpty(),
                "markup from the data became elements");
        org.junit.jupiter.api.Assertions.assertNull(
                script("return window.lexgapInjected === undefined ? null : window.lexgapInjected"));
        screenshot(screenshot);
        assertNoConsoleErrors(expectedFailures);
    }

    /** Waits up to 20 s for the condition to give a value other than null or false. */
    <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
