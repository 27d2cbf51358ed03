package kubeplan.report.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an opaque {@code TYPE_INT_RGB} image as an 8-bit truecolour PNG, reading its pixels
 * straight from the image's buffer. Charts are flat colours, lines and text, so each row is
 * filtered with whichever of the PNG filters None, Sub and Up leaves the smallest residues, and
 * deflated at a fast level.
 */
final class PngEncoder {
  /*
   * ImageIO's PNG writer spent about 90 % of the time of drawing a chart (measured with JFR on a
   * sweep writing 42 charts): it copies every row out through the Raster API and tries all five
   * filters per row. Charts need neither, and the bytes here decode to the same pixels
   * (PngEncoderTest decodes them with ImageIO).
   *
   * Format: PNG specification, 2nd edition (W3C Recommendation, 2003), sections 5 (chunks), 9
   * (filters) and 11.2 (IHDR, IDAT, IEND), https://www.w3.org/TR/png/.
   */
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final int TRUECOLOUR = 2;
  private static final int FILTER_NONE = 0;
  private static final int FILTER_SUB = 1;
  private static final int FILTER_UP = 2;
  private static final int BYTES_PER_PIXEL = 3;

  private PngEncoder() {}

  /**
   * The PNG file of {@code image}.
   *
   * @throws IllegalArgumentException unless the image is {@code TYPE_INT_RGB}
   */
  static byte[] encode(BufferedImage image) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException(
          "charts are encoded from TYPE_INT_RGB images, not type " + image.getType());
    }
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
    png.writeBytes(SIGNATURE);
    chunk(png, "IHDR", header(width, height));
    chunk(png, "IDAT", imageData(pixels, width, height));
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static byte[] header(int width, int height) {
    byte[] header = new byte[13];
    putInt(header, 0, width);
    putInt(header, 4, height);
    header[8] = 8;
    header[9] = TRUECOLOUR;
    return header;
  }

  /** The zlib stream of the filtered rows: each row is its filter type and then its bytes. */
  private static byte[] imageData(int[] pixels, int width, int height) {
    int rowBytes = width * BYTES_PER_PIXEL;
    byte[] previous = new byte[rowBytes];
    byte[] current = new byte[rowBytes];
    byte[] filtered = new byte[rowBytes + 1];
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    ByteArrayOutputStream zlib = new ByteArrayOutputStream(64 * 1024);
    byte[] buffer = new byte[32 * 1024];
    try {
      for (int y = 0; y < height; y++) {
        for (int x = 0, i = y * width, b = 0; x < width; x++, i++) {
          int rgb = pixels[i];
          current[b++] = (byte) (rgb >>> 16);
          current[b++] = (byte) (rgb >>> 8);
          current[b++] = (byte) rgb;
        }
        filter(bestFilter(current, previous), current, previous, filtered);
        deflater.setInput(filtered);
        drain(deflater, buffer, zlib);
        byte[] swap = previous;
        previous = current;
        current = swap;
      }
      deflater.finish();
      while (!deflater.finished()) {
        zlib.write(buffer, 0, deflater.deflate(buffer));
      }
    } finally {
      deflater.end();
    }
    return zlib.toByteArray();
  }

  private static void drain(Deflater deflater, byte[] buffer, ByteArrayOutputStream out) {
    while (!deflater.needsInput()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
  }

  /**
   * The filter among None, Sub and Up whose residues, read as signed bytes, have the smallest sum
   * of magnitudes (the heuristic the PNG specification suggests, section 12.8).
   */
  private static int bestFilter(byte[] row, byte[] above) {
    long none = 0;
    long sub = 0;
    long up = 0;
    for (int i = 0; i < row.length; i++) {
      byte raw = row[i];
      byte left = i < BYTES_PER_PIXEL ? 0 : row[i - BYTES_PER_PIXEL];
      none += Math.abs(raw);
      sub += Math.abs((byte) (raw - left));
      up += Math.abs((byte) (raw - above[i]));
    }
    if (sub <= up) {
      return sub < none ? FILTER_SUB : FILTER_NONE;
    }
    return up < none ? FILTER_UP : FILTER_NONE;
  }

  /** Writes the filter type and the row filtered with it into {@code out}. */
  private static void filter(int filter, byte[] row, byte[] above, byte[] out) {
    out[0] = (byte) filter;
    for (int i = 0; i < row.length; i++) {
      byte raw = row[i];
      out[i + 1] = switch (filter) {
        case FILTER_SUB -> (byte) (raw - (i < BYTES_PER_PIXEL ? 0 : row[i - BYTES_PER_PIXEL]));
        case FILTER_UP -> (byte) (raw - above[i]);
        default -> raw;
      };
    }
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    byte[] length = new byte[4];
    putInt(length, 0, data.length);
    png.writeBytes(length);
    png.writeBytes(typeBytes);
    png.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    byte[] checksum = new byte[4];
    putInt(checksum, 0, (int) crc.getValue());
    png.writeBytes(checksum);
  }

  private static void putInt(byte[] bytes, int offset, int value) {
    bytes[offset] = (byte) (value >>> 24);
    bytes[offset + 1] = (byte) (value >>> 16);
    bytes[offset + 2] = (byte) (value >>> 8);
    bytes[offset + 3] = (byte) value;
  }
}
