package dev.newsnlp.report;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders report.html in headless Chromium at laptop width and checks the screenshot is a drawn page (many
 * colours, the chart colours among them), not a blank or broken one. Runs where Chromium is installed
 * (Debian: apt-get install chromium; .ci/run installs it, and on CI a missing Chromium fails the test);
 * ReportHtmlTest checks the page's structure everywhere.
 */
class ReportScreenshotIT {
  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

  @Test
  void reportRendersInABrowser(@TempDir Path tmp) throws Exception {
    // .ci/run installs Chromium, so on CI its absence is a failure, not a reason to skip
    boolean ci = System.getenv("CI") != null;
    assumeTrue(ci || Files.isExecutable(CHROMIUM), "Chromium not installed");
    assertTrue(Files.isExecutable(CHROMIUM), "Chromium not installed: .ci/run should have installed it");
    Path html = tmp.resolve("report.html");
    Files.writeString(html, ReportHtmlTest.render(), StandardCharsets.UTF_8);
    Path png = tmp.resolve("report.png");
    Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + tmp.resolve("profile"), "--window-size=1366,1600",
        "--screenshot=" + png, html.toUri().toString())).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("chromium.log").toFile()).start();
    assertTrue(p.waitFor(90, TimeUnit.SECONDS), "Chromium hung");
    assertTrue(Files.size(png) > 20_000, "screenshot too small: " + Files.size(png));
    BufferedImage image = ImageIO.read(png.toFile());
    assertTrue(image.getWidth() == 1366 && image.getHeight() == 1600);
    Set<Integer> colours = new HashSet<>();
    boolean keptColour = false;
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        keptColour |= rgb == 0x2a9d8f;
      }
    }
    assertTrue(colours.size() > 50, "page looks blank: " + colours.size() + " colours");
    assertTrue(keptColour, "the kept bars are drawn");
  }
}
