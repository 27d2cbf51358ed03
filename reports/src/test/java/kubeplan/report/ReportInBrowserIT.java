package kubeplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import kubeplan.results.ResultsFixtures;
import kubeplan.results.ScenarioResults;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opens report.html in headless Chromium, as a user would from disk: the page must render, show its
 * title and decode every embedded chart. Skipped where Chromium is missing, unless the system
 * property {@code kubeplan.requireBrowser} is {@code true} (CI), where that is a failure. The
 * reports and screenshots stay in {@code target/browser-test/} for a person to look at.
 */
class ReportInBrowserIT {
  /** Debian's chromium; {@code -Dkubeplan.chromium=PATH} names another build. */
  private static final Path CHROMIUM =
      Path.of(System.getProperty("kubeplan.chromium", "/usr/bin/chromium"));

  private static final Path OUT = Path.of("target", "browser-test").toAbsolutePath();
  private static final long TIMEOUT_SECONDS = 180;
  private static final int WIDTH = 1400;
  private static final int HEIGHT = 2000;

  @TempDir static Path profiles;

  /** Per test, so that a skip shows as each test skipped with the reason, not as no tests. */
  @BeforeEach
  void requireChromium() {
    if (!Files.isExecutable(CHROMIUM)) {
      if (Boolean.getBoolean("kubeplan.requireBrowser")) {
        fail(
            CHROMIUM
                + " is missing but kubeplan.requireBrowser=true: install Debian's "
                + "chromium (apt-get install -y chromium)");
      }
      Assumptions.abort(
          CHROMIUM
              + " is missing: the browser test is skipped (install Debian's "
              + "chromium, or set -Dkubeplan.requireBrowser=true to make this a failure)");
    }
  }

  /** The seed scenario, and a sweep whose later points are folded away in closed sections. */
  static Stream<Arguments> reports() {
    return Stream.of(
        Arguments.of(ResultsFixtures.threeExposures(), 5),
        Arguments.of(ResultsFixtures.rateByServicesSweep(), 4 + 6 * 5));
  }

  @ParameterizedTest
  @MethodSource("reports")
  void report_inChromium_showsItsTitleAndDecodesEveryChart(ScenarioResults results, int charts)
      throws Exception {
    Path report = write(results);

    String dom =
        chromium(
            "--allow-file-access-from-files",
            "--virtual-time-budget=20000",
            "--dump-dom",
            report.resolve("image-check.html").toUri().toString());

    Matcher result = Pattern.compile("title=(.*)\\nimages=(.*)</pre>").matcher(dom);
    assertTrue(result.find(), () -> "the check page wrote no result:\n" + dom);
    assertEquals("kubeplan · " + results.name(), result.group(1));
    List<String> images = Arrays.asList(result.group(2).split(","));
    assertEquals(charts, images.size(), images::toString);
    assertTrue(images.stream().allMatch(size -> size.equals("1200x800")), images::toString);
  }

  @ParameterizedTest
  @MethodSource("reports")
  void report_screenshot_isAPageWithContentNotABlank(ScenarioResults results) throws Exception {
    Path report = write(results);
    Path screenshot = OUT.resolve(results.name() + ".png");
    Files.deleteIfExists(screenshot);

    chromium(
        "--screenshot=" + screenshot,
        "--window-size=" + WIDTH + "," + HEIGHT,
        "--virtual-time-budget=10000",
        report.resolve("report.html").toUri().toString());

    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertEquals(WIDTH, image.getWidth());
    assertEquals(HEIGHT, image.getHeight());
    double spread = luminanceStandardDeviation(image);
    assertTrue(spread > 20, () -> "the screenshot looks blank: luminance spread " + spread);
  }

  private static Path write(ScenarioResults results) throws IOException {
    Path report = OUT.resolve(results.name());
    ReportWriter.write(results, report, true);
    try (InputStream check = ReportInBrowserIT.class.getResourceAsStream("image-check.html")) {
      Files.copy(check, report.resolve("image-check.html"));
    }
    return report;
  }

  /** A blank page has a spread near 0; text, tables and charts on white give several tens. */
  private static double luminanceStandardDeviation(BufferedImage image) {
    double sum = 0;
    double squares = 0;
    int n = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y);
        double luminance =
            0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
        sum += luminance;
        squares += luminance * luminance;
        n++;
      }
    }
    double mean = sum / n;
    return Math.sqrt(squares / n - mean * mean);
  }

  private static String chromium(String... arguments) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(profiles, "chromium-");
    Path log = OUT.resolve("chromium.log");
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    byte[] out;
    try (InputStream stdout = process.getInputStream()) {
      out = stdout.readAllBytes();
    }
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
    }
    assertEquals(0, process.exitValue(), () -> "chromium failed; see " + log);
    return new String(out, StandardCharsets.UTF_8);
  }
}
