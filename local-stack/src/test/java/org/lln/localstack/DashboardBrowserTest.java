package org.lln.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The network dashboard in a real browser (Debian's headless Chromium, driven by Selenium) against the
 * running suite with the Kampot 2025 data: it shows the Kampot figures, then a write to partners-service
 * reaches a counter and the activity feed without a reload. Screenshots go to
 * {@code target/screenshots/}. Skipped when Chromium is not installed, except under CI.
 */
@ExtendWith(RunningSuite.class)
@Order(1)
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static StackConfig config;
    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        Assumptions.assumeTrue(
                installed || "true".equals(System.getenv("CI")),
                "Chromium is not installed (apt-get install chromium chromium-driver): browser test skipped");
        config = RunningSuite.config();
        browser = chromium();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void showsTheKampotFiguresThenAPartnerWriteWithoutAReload() throws Exception {
        browser.get(config.dashboard().url() + "/");
        WebDriverWait wait = new WebDriverWait(browser, WAIT, Duration.ofMillis(50));
        wait.until(b -> text("tr[data-month='2025-05'] td.attendees").equals("116")
                && text("#counter-collaborationAreas").equals("3"));
        assertThat(text("#counter-attendees")).isEqualTo("116");
        assertThat(browser.findElements(By.cssSelector("#activity li"))).isNotEmpty();
        long partnersBefore = Long.parseLong(text("#counter-partners"));
        ((JavascriptExecutor) browser).executeScript("window.sameDocument = true;");

        String name = "Kampot Provincial Community Learning Centre (browser test)";
        long start = System.nanoTime();
        createPartner(name);
        wait.until(b -> text("#counter-partners").equals(Long.toString(partnersBefore + 1))
                && text("#activity li:first-child .what").equals(name));
        long delayMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(((JavascriptExecutor) browser).executeScript("return window.sameDocument === true;"))
                .as("the page was not reloaded")
                .isEqualTo(true);
        WebElement newest = browser.findElement(By.cssSelector("#activity li:first-child"));
        assertThat(newest.findElement(By.linkText("JSON")).getAttribute("href"))
                .startsWith(config.services().get(0).url() + "/partners/");
        assertThat(newest.findElement(By.linkText("Swagger UI")).getAttribute("href"))
                .isEqualTo(config.services().get(0).url() + "/q/swagger-ui/#/Partners/getPartner");
        Path laptop = screenshot("network-dashboard.png");
        browser.manage().window().setSize(new Dimension(390, 1400));
        Path phone = screenshot("network-dashboard-phone.png");
        System.out.printf(
                "Partner write to dashboard page: %d ms (POST sent to counter and feed updated)%n", delayMillis);
        System.out.printf("Screenshots: %s, %s%n", laptop, phone);
    }

    private static void createPartner(String name) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(config.services().get(0).url() + "/partners"))
                .header("Content-Type", "application/json")
                .POST(
                        HttpRequest.BodyPublishers.ofString(
                                "{\"code\":\"kampot-provincial-clc\",\"name\":\"" + name
                                        + "\",\"type\":\"COMMUNITY_LEARNING_CENTRE\",\"countryCode\":\"KH\",\"subdivisionCode\":\"KH-7\"}"));
        String authorization = SuiteUnderTest.authorization(config);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static String text(String css) {
        return browser.findElements(By.cssSelector(css)).stream()
                .findFirst()
                .map(WebElement::getText)
                .orElse("");
    }

    private static Path screenshot(String file) throws IOException {
        Path target = config.root().resolve("local-stack/target/screenshots").resolve(file);
        Files.createDirectories(target.getParent());
        Path taken = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
        return Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static WebDriver chromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1500",
                "--user-data-dir=" + Files.createTempDirectory("lln-chromium-"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
