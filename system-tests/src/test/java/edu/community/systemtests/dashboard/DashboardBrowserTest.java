package edu.community.systemtests.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import edu.community.systemtests.RunningSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The provincial dashboard in headless Chromium against the running system: an officer logs in through Keycloak's
 * form (authorization code with PKCE), and every figure the page shows equals the report API's answer for the same
 * school year and date, asked with that officer's own token — at the province, after drilling down to a city and a
 * county, and on another date; the ranking panel shows the published assessment rounds of the unit as the API lists
 * them. A city officer starts at its city; a county officer sees its county and cannot open its city.
 */
class DashboardBrowserTest {

    private static final List<String> HEADLINE = List.of("schools.total", "schools.publicCompulsory", "coverage.members",
            "coverage.publicCompulsory", "communities.total", "pairings.crossRegion");
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private static RunningSystem system;
    private static SeedData seed;

    @BeforeAll
    static void seed() throws Exception {
        system = RunningSystem.shared();
        DashboardOrigin.allow(system);
        seed = SeedData.write(api("province-officer"));
    }

    @Test
    void a_province_officer_sees_the_reports_figures_drills_down_and_changes_the_date() throws Exception {
        Api api = api("province-officer");
        ChromeDriver browser = Chromium.open();
        try {
            open(browser, "province-officer", "#year=" + seed.schoolYear + "&asOf=" + seed.asOf);
            JsonNode province = api.report("330000", seed.schoolYear, seed.asOf.toString());
            awaitReport(browser, "330000", seed.asOf.toString());
            assertShows(browser, province);
            assertRanking(browser, api.rounds("330000", seed.schoolYear));
            assertTrue(province.path("figures").path("coverage.members").asLong() >= 3, "the seeded members count");
            assertFalse(browser.findElements(By.cssSelector("#coverage-chart canvas")).isEmpty(), "coverage chart drawn");
            screenshot(browser, "dashboard.png");

            browser.findElement(By.cssSelector("#coverage-table tr[data-unit='330100']")).click();
            awaitReport(browser, "330100", seed.asOf.toString());
            assertShows(browser, api.report("330100", seed.schoolYear, seed.asOf.toString()));

            browser.findElement(By.cssSelector("#coverage-table tr[data-unit='330106']")).click();
            awaitReport(browser, "330106", seed.asOf.toString());
            JsonNode county = api.report("330106", seed.schoolYear, seed.asOf.toString());
            assertShows(browser, county);
            String communities = rows(browser);
            assertTrue(communities.contains(seed.coConstruction) && communities.contains(seed.collaborative), communities);
            JsonNode rounds = api.rounds("330106", seed.schoolYear);
            JsonNode seeded = StreamSupport.stream(rounds.spliterator(), false)
                    .filter(round -> round.path("roundId").asText().equals(seed.round)).findFirst()
                    .orElseThrow(() -> new AssertionError("the seeded round is not listed: " + rounds));
            Map<String, Double> totals = StreamSupport.stream(seeded.path("ranking").spliterator(), false)
                    .collect(Collectors.toMap(place -> place.path("communityId").asText(), place -> place.path("total").asDouble()));
            assertEquals(100.0, totals.get(seed.coConstruction), "two members: 100 points");
            assertEquals(40.0, totals.get(seed.collaborative), "one member: 40 points");
            assertRanking(browser, rounds);
            screenshot(browser, "dashboard-county.png");

            String yearStart = seed.yearStart.toString();
            ((JavascriptExecutor) browser).executeScript("const input = document.getElementById('as-of');"
                    + "input.value = arguments[0]; input.dispatchEvent(new Event('change'));", yearStart);
            awaitReport(browser, "330106", yearStart);
            assertShows(browser, api.report("330106", seed.schoolYear, yearStart));
            assertFalse(rows(browser).contains(seed.coConstruction), "not formed yet on " + yearStart);

            browser.findElement(By.id("language")).click();
            assertEquals("Overview", browser.findElement(By.cssSelector("#headline [data-label='headline']")).getText());
            assertEquals("Rank", browser.findElement(By.cssSelector("#ranking-rounds th")).getText());
            assertNoPolicyViolation(browser);
        } finally {
            browser.quit();
        }
    }

    @Test
    void a_city_officer_starts_at_its_city_drills_down_to_a_county_and_logs_out() throws Exception {
        Api api = api("city-officer");
        ChromeDriver browser = Chromium.open();
        try {
            open(browser, "city-officer", "#year=" + seed.schoolYear + "&asOf=" + seed.asOf + "&lang=en");
            awaitReport(browser, "330100", seed.asOf.toString());
            assertShows(browser, api.report("330100", seed.schoolYear, seed.asOf.toString()));
            assertTrue(browser.findElements(By.cssSelector("#trail a")).isEmpty(), "no way up from the home city");
            assertEquals("Overview", browser.findElement(By.cssSelector("#headline [data-label='headline']")).getText());

            browser.findElement(By.cssSelector("#coverage-table tr[data-unit='330127']")).click();
            awaitReport(browser, "330127", seed.asOf.toString());
            assertShows(browser, api.report("330127", seed.schoolYear, seed.asOf.toString()));
            assertEquals("330100", browser.findElement(By.cssSelector("#trail a")).getAttribute("data-unit"));
            assertNoPolicyViolation(browser);

            browser.findElement(By.id("logout")).click();
            await(browser, d -> d.findElements(By.id("username")).stream().findFirst().orElse(null));
            assertTrue(browser.getCurrentUrl().startsWith(system.keycloak().toString()), "logged out: the login form again");
        } finally {
            browser.quit();
        }
    }

    @Test
    void a_county_officer_sees_its_county_and_not_its_city() throws Exception {
        Api api = api("county-officer");
        ChromeDriver browser = Chromium.open();
        try {
            open(browser, "county-officer", "#year=" + seed.schoolYear + "&asOf=" + seed.asOf);
            awaitReport(browser, "330106", seed.asOf.toString());
            assertShows(browser, api.report("330106", seed.schoolYear, seed.asOf.toString()));
            assertTrue(browser.findElements(By.cssSelector("#trail a")).isEmpty(), "no way up from the home county");

            assertEquals(403, api.get("/api/v1/reports/provincial/divisions/330100?schoolYear=" + seed.schoolYear).status());
            browser.get(system.gateway() + "/dashboard/#year=" + seed.schoolYear + "&unit=330100");
            browser.navigate().refresh();
            await(browser, d -> "failed".equals(state(d)));
            assertTrue(browser.findElement(By.id("panels")).getAttribute("hidden") != null, "no figures of 330100");
            assertFalse(browser.findElement(By.id("message")).getText().isBlank());
        } finally {
            browser.quit();
        }
    }

    private static Api api(String user) {
        return new Api(system.gateway(), system.accessToken(user));
    }

    /** Opens the dashboard and logs in through Keycloak's own form. */
    private static void open(WebDriver browser, String user, String fragment) {
        browser.get(system.gateway() + "/dashboard/" + fragment);
        WebElement username = await(browser, d -> d.findElements(By.id("username")).stream().findFirst().orElse(null));
        assertTrue(browser.getCurrentUrl().startsWith(system.keycloak().toString()), browser.getCurrentUrl());
        username.sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(system.password(user));
        browser.findElement(By.id("kc-login")).click();
    }

    /** The page's state, {@code unit} and {@code asOf} as it last rendered them (read in one script: pages change under it). */
    private static Map<?, ?> page(WebDriver browser) {
        Object dataset = ((JavascriptExecutor) browser).executeScript(
                "return document.body ? Object.assign({}, document.body.dataset) : {};");
        return dataset instanceof Map<?, ?> map ? map : Map.of();
    }

    private static String state(WebDriver browser) {
        return String.valueOf(page(browser).get("state"));
    }

    /** Waits for a condition through a login's redirects and the page's changes (elements replaced under the test). */
    private static <T> T await(WebDriver browser, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, PATIENCE)
                .ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class)
                .ignoring(NoSuchElementException.class).until(condition);
    }

    private static void awaitReport(WebDriver browser, String unit, String asOf) {
        await(browser, d -> {
            Map<?, ?> page = page(d);
            if ("failed".equals(page.get("state"))) {
                throw new AssertionError("the dashboard failed: " + d.findElement(By.id("message")).getText());
            }
            return "ready".equals(page.get("state")) && unit.equals(page.get("unit")) && asOf.equals(page.get("asOf"));
        });
    }

    /** The headline tiles and every line below (cities, counties or communities) equal the report's figures. */
    private static void assertShows(WebDriver browser, JsonNode report) {
        for (String figure : HEADLINE) {
            String shown = browser.findElement(By.cssSelector("#tiles [data-figure='" + figure + "'] .value")).getText();
            assertEquals(report.path("figures").path(figure).asLong(0), digits(shown), report.path("division") + " " + figure);
        }
        List<WebElement> rows = browser.findElements(By.cssSelector("#coverage-table tbody tr"));
        assertEquals(report.path("children").size(), rows.size(), "lines of " + report.path("division"));
        for (JsonNode child : report.path("children")) {
            String figure = "community".equals(child.path("kind").asText()) ? "members" : "coverage.members";
            WebElement cell = browser.findElement(By.cssSelector(
                    "#coverage-table tr[data-unit='" + child.path("unit").asText() + "'] td[data-figure='" + figure + "']"));
            assertEquals(child.path("figures").path(figure).asLong(0), digits(cell.getText()), child.path("unit") + " " + figure);
        }
    }

    /**
     * The ranking panel shows the API's published rounds of the unit, in its order: the version and cut-off date of
     * each, and its places (rank, community, total, reward) line by line; the "no published round" note when none.
     */
    private static void assertRanking(WebDriver browser, JsonNode rounds) {
        List<WebElement> shown = browser.findElements(By.cssSelector("#ranking-rounds .round"));
        assertEquals(rounds.findValuesAsText("roundId"), shown.stream().map(box -> box.getAttribute("data-round")).toList());
        assertEquals(rounds.isEmpty(), !browser.findElement(By.cssSelector("#ranking .note")).getText().isBlank(),
                "the note says there is no published round exactly when there is none");
        for (int i = 0; i < rounds.size(); i++) {
            JsonNode round = rounds.get(i);
            String caption = shown.get(i).findElement(By.tagName("h3")).getText();
            assertTrue(caption.contains(" " + round.path("versions").asInt() + " ·")
                    && caption.endsWith(round.path("cutOffDate").asText()), caption);
            List<WebElement> places = shown.get(i).findElements(By.cssSelector("tbody tr"));
            assertEquals(round.path("ranking").size(), places.size(), "places of round " + round.path("roundId"));
            for (int j = 0; j < places.size(); j++) {
                JsonNode place = round.path("ranking").get(j);
                WebElement row = places.get(j);
                assertEquals(place.path("communityId").asText(), row.getAttribute("data-community"));
                assertEquals(place.path("rank").asLong(), digits(cell(row, "rank")));
                assertEquals(place.path("communityName").asText(), cell(row, "community"));
                assertEquals(place.path("total").asDouble(), Double.parseDouble(cell(row, "total")), 0.005);
                assertEquals(place.path("reward").asLong(), digits(cell(row, "reward")));
            }
        }
    }

    private static String cell(WebElement row, String field) {
        return row.findElement(By.cssSelector("td[data-field='" + field + "']")).getText();
    }

    private static String rows(WebDriver browser) {
        return browser.findElements(By.cssSelector("#coverage-table tbody tr")).stream()
                .map(row -> row.getAttribute("data-unit")).collect(Collectors.joining(","));
    }

    private static long digits(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private static void assertNoPolicyViolation(ChromeDriver browser) {
        List<String> problems = browser.manage().logs().get("browser").getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Uncaught"))
                .toList();
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Into target/, and into the folder named by -Ddashboard.screenshots (gateway/docs for its README). */
    private static void screenshot(ChromeDriver browser, String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
        String folder = System.getProperty("dashboard.screenshots");
        if (folder != null && !folder.isBlank()) {
            Files.copy(shot, Path.of(folder).resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
