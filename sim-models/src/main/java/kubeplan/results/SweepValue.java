package kubeplan.results;

/** The value of one sweep key at one point: a number in the key's CSV base unit, or a text. */
public sealed interface SweepValue permits SweepValue.Quantity, SweepValue.Label {

  /** The value as the user wrote it or would read it, e.g. {@code 2000/s} or {@code ipvs}. */
  String display();

  /** A number in the CSV base unit of its key (per second, ms, bytes, USD, or a count). */
  record Quantity(double value, String display) implements SweepValue {
    public Quantity {
      Checks.finite("sweep value", value);
      Checks.nonBlank("sweep value display", display);
    }
  }

  /** The text of an enum, e.g. a kube-proxy mode; written to CSV as is. */
  record Label(String text) implements SweepValue {
    public Label {
      Checks.nonBlank("sweep value", text);
    }

    @Override
    public String display() {
      return text;
    }
  }
}
