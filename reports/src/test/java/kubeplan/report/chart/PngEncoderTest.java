package kubeplan.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import kubeplan.results.ResultsFixtures;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
  @Test
  void encode_randomPixels_decodesToTheSamePixels() throws IOException {
    BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
    SplittableRandom random = new SplittableRandom(20261127);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, random.nextInt(1 << 24));
      }
    }

    assertSamePixels(image, decode(PngEncoder.encode(image)));
  }

  @Test
  void encode_drawnChart_decodesToTheSamePixelsAsDrawn() throws IOException {
    ScenarioCharts.Chart chart =
        ScenarioCharts.charts(ResultsFixtures.threeExposures(), ChartStyle.DEFAULT).get(0);
    BufferedImage image =
        chart.chart().createBufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB, null);

    assertSamePixels(image, decode(PngEncoder.encode(image)));
  }

  @Test
  void encode_imageWithAlpha_isRefused() {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(image));
    assertEquals(
        "charts are encoded from TYPE_INT_RGB images, not type 2", refused.getMessage());
  }

  private static BufferedImage decode(byte[] png) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
    assertEquals(expected.getWidth(), actual.getWidth());
    assertEquals(expected.getHeight(), actual.getHeight());
    int w = expected.getWidth();
    int h = expected.getHeight();
    assertArrayEquals(
        expected.getRGB(0, 0, w, h, null, 0, w), actual.getRGB(0, 0, w, h, null, 0, w));
  }
}
