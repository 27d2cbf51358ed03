package kubeplan.cost;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The price of bytes that cross a zone boundary inside a region, and which side pays it.
 *
 * @param price per GB or GiB, at each side that is charged
 * @param chargedAt {@code both-zones}: out of the sending zone and into the receiving zone (AWS, so
 *     a byte costs twice the price); {@code sending-zone}: once, as egress (GCP)
 */
public record CrossZoneTransfer(
    @JsonProperty(required = true) Price price,
    @JsonProperty(required = true) ChargedAt chargedAt) {
  public CrossZoneTransfer {
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(chargedAt, "chargedAt");
  }

  /** Which sides of a zone boundary are charged for a byte that crosses it. */
  public enum ChargedAt {
    @JsonProperty("both-zones")
    BOTH_ZONES(2),
    @JsonProperty("sending-zone")
    SENDING_ZONE(1);

    private final int charges;

    ChargedAt(int charges) {
      this.charges = charges;
    }

    /** How many times one crossing byte is billed. */
    public int charges() {
      return charges;
    }
  }
}
