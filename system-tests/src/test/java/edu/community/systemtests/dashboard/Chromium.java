package edu.community.systemtests.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian chromium driven through Debian's chromium-driver, both unpacked without root by
 * {@code system-tests/chromium/provision.sh} under {@code target/chromium} on first use (about a minute; a later run
 * finds them there). Each {@link #open()} is a new browser with an empty profile: a new login.
 */
final class Chromium {

    private static Path home;

    private Chromium() {
    }

    static synchronized ChromeDriver open() throws IOException, InterruptedException {
        if (home == null) {
            home = provision();
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(home.resolve("chromium").toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--lang=zh-CN", "--window-size=1400,2200");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(home.resolve("chromedriver").toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1400, 2200));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private static Path provision() throws IOException, InterruptedException {
        Path target = Path.of(System.getProperty("edu.chromium.home", "target/chromium")).toAbsolutePath();
        Path script = Path.of(System.getProperty("edu.chromium.provision", "chromium/provision.sh")).toAbsolutePath();
        Path log = Files.createDirectories(target.getParent()).resolve("chromium-provision.log");
        Process process = new ProcessBuilder("bash", script.toString(), target.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("provisioning chromium failed: " + Files.readString(log));
        }
        return target;
    }
}
