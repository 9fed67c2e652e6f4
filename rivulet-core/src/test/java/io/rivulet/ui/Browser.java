package io.rivulet.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for end-to-end tests of the pages: Debian's {@code chromium} driven through its
 * {@code chromium-driver} (no browser download). The browser gets no network but loopback (a proxy that
 * does not exist), so a page that fetched anything from the internet would visibly break.
 */
final class Browser implements AutoCloseable {
    static final String MISSING = "headless Chromium is not installed, so the browser tests are SKIPPED: install it "
            + "with 'apt-get install chromium chromium-driver' (.ci/run does)";

    /** Where screenshots go, for people to look at: rivulet-core/target/screenshots. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Chromium and its driver, when both are on the PATH. */
    static Optional<Path[]> installation() {
        Optional<Path> browser = onPath("chromium").or(() -> onPath("chromium-browser"));
        Optional<Path> driver = onPath("chromedriver");
        return browser.isPresent() && driver.isPresent()
                ? Optional.of(new Path[] {browser.get(), driver.get()})
                : Optional.empty();
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return Stream.of(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static Browser start(Path[] installation) {
        // Selenium warns that it has no DevTools support for this Chromium version: not used here.
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(installation[0].toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                "--window-size=1400,1000",
                "--proxy-server=http://127.0.0.1:9");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(installation[1].toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Waits until the page has rendered its data at least {@code times} times. */
    void awaitRendered(int times) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            String rendered = d.findElement(By.tagName("body")).getAttribute("data-rendered");
            return rendered != null && Integer.parseInt(rendered) >= times;
        });
    }

    void await(String what, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(what).until(condition::apply);
    }

    int count(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).size();
    }

    WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** The whole page, the window made as tall as the page (up to 12000 pixels). */
    Path screenshotPage(String name) throws IOException {
        script("window.scrollTo(0, 0);");
        Number height = (Number) script("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(1400, Math.min(12_000, height.intValue() + 40)));
        try {
            return save(driver.getScreenshotAs(OutputType.FILE), name);
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    /** Clicks the element {@code selector} finds; found again if the live page redraws it meanwhile. */
    void click(String selector) {
        onFresh(selector, element -> {
            element.click();
            return null;
        });
    }

    /**
     * A screenshot of the element {@code selector} finds; found again if the live page redraws it meanwhile
     * (the page polls while jobs run, and a redrawn element is stale).
     */
    Path screenshot(String selector, String name) throws IOException {
        try {
            return onFresh(selector, element -> {
                try {
                    return screenshot(element, name);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@code action} on the element {@code selector} finds, found again (up to 5 times) while it goes stale. */
    private <T> T onFresh(String selector, Function<WebElement, T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.apply(find(selector));
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    Path screenshot(WebElement element, String name) throws IOException {
        return save(((TakesScreenshot) element).getScreenshotAs(OutputType.FILE), name);
    }

    private static Path save(File shot, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
