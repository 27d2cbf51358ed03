package kubeplan.report.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.OptionalInt;

/**
 * One chart drawn as PNG: its file name under {@code charts/}, its title, the sweep point it shows
 * (empty for charts across points), and the image, which the HTML report embeds.
 */
public final class RenderedChart {
  private final String fileName;
  private final String title;
  private final OptionalInt point;
  private final byte[] png;

  RenderedChart(String fileName, String title, OptionalInt point, byte[] png) {
    this.fileName = fileName;
    this.title = title;
    this.point = point;
    this.png = png.clone();
  }

  public String fileName() {
    return fileName;
  }

  public String title() {
    return title;
  }

  public OptionalInt point() {
    return point;
  }

  /** The image as a {@code data:image/png;base64,…} URI, for a self-contained page. */
  public String dataUri() {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }

  /** Writes the PNG into {@code dir} under {@link #fileName()}. */
  public void writeTo(Path dir) throws IOException {
    Files.write(dir.resolve(fileName), png);
  }
}
