package kubeplan.cost;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One price of a catalogue, with its unit and where it was read.
 *
 * @param usd US dollars per {@code per}
 * @param per what one unit is, as a bill line says it: {@code LB-hour}, {@code LCU-hour}, {@code
 *     GB}, {@code GiB}, {@code node-hour}, …
 * @param source the URL the price was read from
 * @param read the date it was read; empty only for a price the scenario overrides
 * @param secondary whether the source is a third party restating the provider's price
 * @param note anything a reader should know: a tier, a transcription, a caveat
 */
public record Price(
    @JsonProperty(required = true) double usd,
    @JsonProperty(required = true) String per,
    @JsonProperty(required = true) String source,
    Optional<LocalDate> read,
    boolean secondary,
    Optional<String> note) {

  /** The {@code source} of prices set by a scenario's {@code pricing.overrides}. */
  public static final String OVERRIDE_SOURCE = "pricing.overrides";

  private static final double BYTES_PER_GB = 1e9;
  private static final double BYTES_PER_GIB = 1L << 30;

  public Price {
    Quantities.requireNonNegative("price usd", usd);
    Objects.requireNonNull(per, "per");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(note, "note");
  }

  /** A price set by the scenario's {@code pricing.overrides}, in the unit it replaces. */
  public static Price overridden(double usd, String per) {
    return new Price(usd, per, OVERRIDE_SOURCE, Optional.empty(), false, Optional.empty());
  }

  /**
   * An override of a price that may be missing: at the new amount in the old price's unit, or in
   * {@code perIfMissing} when there was none.
   */
  static Price override(Optional<Price> current, double usd, String perIfMissing) {
    return overridden(usd, current.map(Price::per).orElse(perIfMissing));
  }

  /** Whether this is a price per volume of data: per {@code GB} or {@code GiB}. */
  public boolean perVolume() {
    return per.equals("GB") || per.equals("GiB");
  }

  /**
   * Bytes in one unit of a per-volume price: 10⁹ for {@code GB}, 2³⁰ for {@code GiB}.
   *
   * @throws IllegalStateException when the price is not per GB or GiB
   */
  public double bytesPerUnit() {
    return switch (per) {
      case "GB" -> BYTES_PER_GB;
      case "GiB" -> BYTES_PER_GIB;
      default ->
          throw new IllegalStateException("a price per volume must be per GB or GiB, not " + per);
    };
  }
}
